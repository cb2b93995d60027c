import { z } from "@medusajs/framework/zod"

/** GET /store/coupon-marketing/unsubscribe?token= (the signed token of an emailed link). */
export const StoreUnsubscribe = z.object({ token: z.string().min(1).max(2000) }).strict()
export type StoreUnsubscribeType = z.infer<typeof StoreUnsubscribe>
