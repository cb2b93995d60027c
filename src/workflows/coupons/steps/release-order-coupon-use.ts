import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { couponUseEventData } from "../utils/coupon-events"

export const releaseOrderCouponUseStepId = "coupon-marketing-release-order-coupon-use"

/**
 * COUPON-21: gives back the coupon uses of a canceled order (and their individual codes' uses),
 * exactly once: one conditional update, so a repeated or concurrent cancel finds nothing left.
 * Answers the released uses as COUPON_USE_RELEASED carries them.
 *
 * No compensation: the release is the workflow's only write and its last fallible step (the
 * event is released only when the workflow succeeds).
 */
export const releaseOrderCouponUseStep = createStep(releaseOrderCouponUseStepId, async (orderId: string, { container }) => {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const released = await service.releaseOrderCouponUse(orderId)
  const uses = await service.listCouponUsesForEvent(released.map((r) => r.id))
  return new StepResponse(await couponUseEventData(container, uses))
})
