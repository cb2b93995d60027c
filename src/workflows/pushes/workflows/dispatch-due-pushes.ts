import { CouponMarketingEvents } from "../../../types/events"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { claimDuePushesStep } from "../steps/claim-due-pushes"
import { resolvePushDeliveriesStep } from "../steps/resolve-push-deliveries"
import { finishPushesStep } from "../steps/finish-pushes"

export const dispatchDuePushesWorkflowId = "coupon-marketing-dispatch-due-pushes"
export const PUSH_SENT_EVENT = CouponMarketingEvents.PUSH_SENT
export const PUSH_DELIVERIES_QUEUED_EVENT = CouponMarketingEvents.PUSH_DELIVERIES_QUEUED

/**
 * PUSH-12: one dispatcher run — due pushes become `sending`, their audiences are written as
 * deliveries (resumable, see resolvePushDeliveriesStep), and pushes whose deliveries are all
 * final become `sent` (or `failed`), emitting `coupon_marketing.push_sent` `[{ id, status }]`.
 * A push whose audience spans several pages gets one such event as soon as its first page is
 * written (resolvePushDeliveriesStep), so sending starts while the rest is written.
 * Each push whose deliveries this run finished writing gets `lanes` (option
 * `pushes.send_lanes`) `coupon_marketing.push_deliveries_queued` events: the subscriber of each
 * sends the push's messages at once, in whichever worker takes the event, so several workers
 * share one push. The delivery pipeline's job (coupon-marketing-deliver-messages) sends
 * whatever is left, every minute.
 */
export const dispatchDuePushesWorkflow = createWorkflow(dispatchDuePushesWorkflowId, (input: { now?: Date | string; limit?: number; page_size?: number; lanes?: number }) => {
  const ids = claimDuePushesStep(input)
  const resolved = resolvePushDeliveriesStep(transform({ ids, input }, ({ ids, input }) => ({ push_ids: ids, now: input.now, page_size: input.page_size })))
  const queued = transform({ resolved, input }, ({ resolved, input }) =>
    resolved
      .filter((r) => r.deliveries > 0)
      .flatMap((r) => Array.from({ length: input.lanes ?? 1 }, (_, lane) => ({ push_id: r.push_id, lane, lanes: input.lanes ?? 1 })))
  )
  emitEventStep({ eventName: PUSH_DELIVERIES_QUEUED_EVENT, data: queued }).config({ name: "coupon-marketing-emit-push-deliveries-queued" })
  const ended = finishPushesStep(transform({ input, resolved }, ({ input }) => ({ now: input.now })))
  emitEventStep({ eventName: PUSH_SENT_EVENT, data: ended }).config({ name: "coupon-marketing-emit-push-sent" })
  return new WorkflowResponse(transform({ resolved, ended }, ({ resolved, ended }) => ({ resolved, ended })))
})
