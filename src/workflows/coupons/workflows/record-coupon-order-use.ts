import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CouponMarketingEvents } from "../../../types/events"
import { linkCouponUseToOrderStep, LinkCouponUseToOrderStepInput } from "../steps/link-coupon-use-to-order"

export const recordCouponOrderUseWorkflowId = "coupon-marketing-record-coupon-order-use"

/**
 * An order was placed: its cart's coupon use names the order (COUPON-21, COUPON-22) and
 * COUPON_USED is emitted, once per use whoever calls first (the store's complete route, or the
 * `order.placed` subscriber for orders completed some other way). Answers how many uses it linked.
 */
export const recordCouponOrderUseWorkflow = createWorkflow(recordCouponOrderUseWorkflowId, (input: LinkCouponUseToOrderStepInput) => {
  const uses = linkCouponUseToOrderStep(input)
  emitEventStep({ eventName: CouponMarketingEvents.COUPON_USED, data: uses }).config({ name: "coupon-marketing-emit-coupon-used" })
  return new WorkflowResponse(transform({ uses }, ({ uses }) => uses.length))
})
