import { z } from "@medusajs/framework/zod"
import { AdminCreateCoupon } from "../validators"

/**
 * POST /admin/coupon-marketing/coupons/offer-impact: the coupon create's body (its own
 * validator, every field optional: the form asks while the admin types), and `coupon_id` when
 * an existing coupon is being edited (the body's fields then replace the stored ones).
 */
export const AdminCouponOfferImpact = AdminCreateCoupon.partial()
  .extend({ coupon_id: z.string().min(1).max(100).optional() })
  .strict()
export type AdminCouponOfferImpactType = z.infer<typeof AdminCouponOfferImpact>
