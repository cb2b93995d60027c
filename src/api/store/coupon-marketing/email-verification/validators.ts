import { z } from "@medusajs/framework/zod"

/** POST /store/coupon-marketing/email-verification: no fields (the logged-in customer's current address). */
export const StoreRequestEmailVerification = z.object({}).strict()

/** POST /store/coupon-marketing/email-verification/confirm `{ token }` (the token from the emailed link). */
export const StoreConfirmEmailVerification = z.object({ token: z.string().min(1).max(2000) }).strict()
export type StoreConfirmEmailVerificationType = z.infer<typeof StoreConfirmEmailVerification>
