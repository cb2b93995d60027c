import type { MedusaContainer } from "@medusajs/framework/types"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { CouponUseForEvent } from "../../../modules/coupon-marketing/repositories/usage"
import type { CouponAppliedEventData, CouponUseEventData } from "../../../types/events"
import type { CartCouponState } from "./cart-coupon"

/** COUPON_APPLIED's payload for the coupon a cart holds now (null: it holds none). */
export function couponAppliedData(state: CartCouponState | null | undefined, cartId: string, customerId: string | null): CouponAppliedEventData | null {
  if (!state) return null
  return {
    coupon_id: state.coupon.id,
    promotion_id: state.coupon.promotion_id ?? null,
    code: state.cart_coupon.code,
    code_id: state.cart_coupon.coupon_code_id ?? null,
    customer_id: customerId,
    cart_id: cartId,
    discount_amount: state.check.ok && state.evaluation?.applicable ? state.evaluation.discount_total : 0,
    currency_code: state.coupon.currency_code,
  }
}

/** COUPON_USED / COUPON_USE_RELEASED payloads of these uses, with their coupons' promotions (one read). */
export async function couponUseEventData(container: MedusaContainer, uses: CouponUseForEvent[]): Promise<CouponUseEventData[]> {
  if (!uses.length) return []
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const couponIds = [...new Set(uses.map((u) => u.coupon_id))]
  const coupons = await service.listCoupons({ id: couponIds }, { select: ["id", "promotion_id"], withDeleted: true })
  const promotionOf = new Map(coupons.map((c) => [c.id, (c as { promotion_id?: string | null }).promotion_id ?? null]))
  return uses.map((u) => ({
    coupon_id: u.coupon_id,
    promotion_id: promotionOf.get(u.coupon_id) ?? null,
    usage_id: u.id,
    code: u.code,
    code_id: u.coupon_code_id ?? null,
    customer_id: u.customer_id ?? null,
    cart_id: u.cart_id,
    order_id: u.order_id ?? null,
    discount_amount: Number(u.discount_total),
    currency_code: u.currency_code,
  }))
}
