import { CouponMarketingEvents } from "../../../types/events"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { claimDuePushesStep } from "../steps/claim-due-pushes"
import { resolvePushDeliveriesStep } from "../steps/resolve-push-deliveries"
import { finishPushesStep } from "../steps/finish-pushes"

export const dispatchDuePushesWorkflowId = "coupon-marketing-dispatch-due-pushes"
export const PUSH_SENT_EVENT = CouponMarketingEvents.PUSH_SENT

/**
 * PUSH-12: one dispatcher run — due pushes become `sending`, their audiences are written as
 * deliveries (resumable, see resolvePushDeliveriesStep), and pushes whose deliveries are all
 * final become `sent` (or `failed`), emitting `coupon_marketing.push_sent` `[{ id, status }]`.
 * The delivery pipeline (job coupon-marketing-deliver-messages) sends the deliveries.
 */
export const dispatchDuePushesWorkflow = createWorkflow(dispatchDuePushesWorkflowId, (input: { now?: Date | string; limit?: number; page_size?: number }) => {
  const ids = claimDuePushesStep(input)
  const resolved = resolvePushDeliveriesStep(transform({ ids, input }, ({ ids, input }) => ({ push_ids: ids, now: input.now, page_size: input.page_size })))
  const ended = finishPushesStep(transform({ input, resolved }, ({ input }) => ({ now: input.now })))
  emitEventStep({ eventName: PUSH_SENT_EVENT, data: ended }).config({ name: "coupon-marketing-emit-push-sent" })
  return new WorkflowResponse(transform({ resolved, ended }, ({ resolved, ended }) => ({ resolved, ended })))
})
