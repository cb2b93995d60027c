import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CouponMarketingEvents } from "../../../types/events"
import { releaseOrderCouponUseStep } from "../steps/release-order-coupon-use"

export const releaseOrderCouponUseWorkflowId = "coupon-marketing-release-order-coupon-use"

export interface ReleaseOrderCouponUseWorkflowInput {
  order_id: string
}

/**
 * An order was canceled: its coupon use is given back once (COUPON-21; Medusa itself never
 * does) and COUPON_USE_RELEASED is emitted for it. Idempotent. Answers how many uses it released.
 */
export const releaseOrderCouponUseWorkflow = createWorkflow(releaseOrderCouponUseWorkflowId, (input: ReleaseOrderCouponUseWorkflowInput) => {
  const released = releaseOrderCouponUseStep(input.order_id)
  emitEventStep({ eventName: CouponMarketingEvents.COUPON_USE_RELEASED, data: released }).config({ name: "coupon-marketing-emit-coupon-use-released" })
  return new WorkflowResponse(transform({ released }, ({ released }) => released.length))
})
