import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { EDITABLE_COUPON_FIELDS, type CouponInput } from "../../../types/coupons"
import { applicationMethodFor } from "../utils/promotion-input"

export const updateCouponRecordStepId = "coupon-marketing-update-coupon-record"

export interface UpdateCouponRecordInput {
  id: string
  promotion_id: string | null
  /** The coupon after the change (validated). */
  next: CouponInput
  /** The coupon before it, for compensation. */
  previous: CouponInput
}

function editable(input: CouponInput) {
  const out: Record<string, unknown> = {}
  for (const key of EDITABLE_COUPON_FIELDS) out[key] = input[key] ?? null
  out.category_ids = input.category_ids ?? []
  if (typeof out.name === "string") out.name = (out.name as string).trim()
  return out
}

/**
 * Writes an edited coupon (COUPON-17) and its promotion's benefit, in place, so carts holding
 * the coupon keep it and see the new benefit at their next recalculation. Compensation writes
 * both back.
 */
export const updateCouponRecordStep = createStep(
  updateCouponRecordStepId,
  async (input: UpdateCouponRecordInput, { container }) => {
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    if (input.promotion_id) {
      const { target_rules: _rules, ...method } = applicationMethodFor(input.next)
      await container.resolve(Modules.PROMOTION).updatePromotions([{ id: input.promotion_id, application_method: method as never }])
    }
    const coupon = await service.updateCoupons({ id: input.id, ...editable(input.next) })
    return new StepResponse(coupon, input)
  },
  async (input, { container }) => {
    if (!input) return
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    if (input.promotion_id) {
      const { target_rules: _rules, ...method } = applicationMethodFor(input.previous)
      await container.resolve(Modules.PROMOTION).updatePromotions([{ id: input.promotion_id, application_method: method as never }])
    }
    await service.updateCoupons({ id: input.id, ...editable(input.previous) })
  }
)
