import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"

export const setCartCouponStepId = "coupon-marketing-set-cart-coupon"

export interface SetCartCouponInput {
  cart_id: string
  /** null clears the cart's coupon. */
  coupon: { coupon_id: string; code: string; coupon_code_id: string | null; customer_id: string | null } | null
}

type Row = { id: string; cart_id: string; coupon_id: string; code: string; coupon_code_id: string | null; customer_id: string | null }

/**
 * Records which plugin coupon a cart holds (COUPON-30: one; a new one replaces the old).
 * Compensation puts the previous one back.
 */
export const setCartCouponStep = createStep(
  setCartCouponStepId,
  async ({ cart_id, coupon }: SetCartCouponInput, { container }) => {
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const previous = (await service.listCartCoupons({ cart_id }, { take: 1 }))[0] as unknown as Row | undefined
    if (previous) await service.deleteCartCoupons(previous.id)
    const created = coupon ? ((await service.createCartCoupons({ cart_id, ...coupon })) as unknown as Row) : null
    return new StepResponse({ previous: previous ?? null, current: created }, { previous: previous ?? null, created: created?.id ?? null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    if (undo.created) await service.deleteCartCoupons(undo.created)
    if (undo.previous) {
      const { id: _id, ...rest } = undo.previous
      await service.createCartCoupons({ ...rest })
    }
  }
)
