import { CouponMarketingEvents } from "../../../types/events"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { cancelPushRecordStep } from "../steps/cancel-push-record"

export const cancelPushWorkflowId = "coupon-marketing-cancel-push"
export const PUSH_CANCELLED_EVENT = CouponMarketingEvents.PUSH_CANCELLED

/** PUSH-10: cancels a scheduled push (refused from 24 h before its send); emits `coupon_marketing.push_cancelled` `{ id }`. */
export const cancelPushWorkflow = createWorkflow(cancelPushWorkflowId, (input: { id: string; now?: Date | string }) => {
  const push = cancelPushRecordStep(input)
  emitEventStep({ eventName: PUSH_CANCELLED_EVENT, data: transform({ push }, ({ push }) => ({ id: push.id })) }).config({ name: "coupon-marketing-emit-push-cancelled" })
  return new WorkflowResponse(push)
})
