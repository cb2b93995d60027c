/**
 * The plugin owns the `beforeRefreshingPaymentCollection` hook of `refreshCartItemsWorkflow`
 * (one handler per hook in a whole app). Whenever Medusa refreshes a cart (items added,
 * quantities changed, region changed…) and has recomputed its promotions, the plugin makes its
 * coupon's discount exact before the payment collection is refreshed (which refetches totals).
 */
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { syncCouponAdjustments } from "../coupons/utils/sync-adjustments"

refreshCartItemsWorkflow.hooks.beforeRefreshingPaymentCollection(async ({ input }, { container }) => {
  return new StepResponse(await syncCouponAdjustments(container, input.cart_id))
})
