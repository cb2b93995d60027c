import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { PreloadedCoupon } from "../utils/cart-coupon"
import { syncCouponAdjustmentsWithState } from "../utils/sync-adjustments"

export const syncCouponAdjustmentsStepId = "coupon-marketing-sync-coupon-adjustments"

export interface SyncCouponAdjustmentsStepInput {
  cart_id: string
  /** The coupon record the workflow just wrote, with its coupon and code (not read again); unknown: read. */
  preloaded?: PreloadedCoupon
}

/**
 * Rounds the cart's coupon adjustments exactly (see syncCouponAdjustments) after the coupon was
 * applied, replaced or cleared; answers the coupon's state and whether the cart has a payment
 * collection to refresh.
 */
export const syncCouponAdjustmentsStep = createStep(
  syncCouponAdjustmentsStepId,
  async ({ cart_id, preloaded }: SyncCouponAdjustmentsStepInput, { container }) => {
    return new StepResponse(await syncCouponAdjustmentsWithState(container, cart_id, { preloaded, clearing: true }))
  }
)
