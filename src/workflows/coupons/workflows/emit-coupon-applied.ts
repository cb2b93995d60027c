import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CouponAppliedEventData, CouponMarketingEvents } from "../../../types/events"

export const emitCouponAppliedWorkflowId = "coupon-marketing-emit-coupon-applied"

/**
 * COUPON_APPLIED for a coupon put on a cart through Medusa's own `promo_codes` routes: the
 * store's cart guard runs it once Medusa's route has succeeded (the plugin's own route emits it
 * from `setCartCouponWorkflow`).
 */
export const emitCouponAppliedWorkflow = createWorkflow(emitCouponAppliedWorkflowId, (input: CouponAppliedEventData) => {
  emitEventStep({ eventName: CouponMarketingEvents.COUPON_APPLIED, data: input }).config({ name: "coupon-marketing-emit-coupon-applied" })
  return new WorkflowResponse(input)
})
