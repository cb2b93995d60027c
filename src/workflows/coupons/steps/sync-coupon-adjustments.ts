import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { syncCouponAdjustmentsWithState } from "../utils/sync-adjustments"

export const syncCouponAdjustmentsStepId = "coupon-marketing-sync-coupon-adjustments"

/** Rounds the cart's coupon adjustments exactly (see syncCouponAdjustments); answers the coupon's state. */
export const syncCouponAdjustmentsStep = createStep(syncCouponAdjustmentsStepId, async (cartId: string, { container }) => {
  return new StepResponse(await syncCouponAdjustmentsWithState(container, cartId))
})
