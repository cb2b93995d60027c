import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"

export const setCartCouponStepId = "coupon-marketing-set-cart-coupon"

export interface SetCartCouponInput {
  cart_id: string
  /** null clears the cart's coupon. */
  coupon: { coupon_id: string; code: string; coupon_code_id: string | null; customer_id: string | null } | null
}

/**
 * Records which plugin coupon a cart holds (COUPON-30: one; a new one replaces the old).
 * Compensation puts the previous one back.
 */
export const setCartCouponStep = createStep(
  setCartCouponStepId,
  async ({ cart_id, coupon }: SetCartCouponInput, { container }) => {
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const { previous, current } = await service.replaceCartCoupon(cart_id, coupon)
    return new StepResponse({ previous, current }, { cart_id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const { previous } = undo
    await service.replaceCartCoupon(
      undo.cart_id,
      previous ? { coupon_id: previous.coupon_id, code: previous.code, coupon_code_id: previous.coupon_code_id, customer_id: previous.customer_id } : null
    )
  }
)
