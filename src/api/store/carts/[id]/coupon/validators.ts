import { z } from "@medusajs/framework/zod"

/** POST /store/carts/:id/coupon */
export const StoreApplyCoupon = z.object({ code: z.string().min(1).max(100) }).strict()
export type StoreApplyCouponType = z.infer<typeof StoreApplyCoupon>
