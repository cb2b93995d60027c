import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { syncCouponAdjustments } from "../utils/sync-adjustments"

export const syncCouponAdjustmentsStepId = "coupon-marketing-sync-coupon-adjustments"

/** Rounds the cart's coupon adjustments exactly (see syncCouponAdjustments). */
export const syncCouponAdjustmentsStep = createStep(syncCouponAdjustmentsStepId, async (cartId: string, { container }) => {
  return new StepResponse(await syncCouponAdjustments(container, cartId))
})
