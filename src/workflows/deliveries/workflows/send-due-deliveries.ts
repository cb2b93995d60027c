import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CouponMarketingEvents } from "../../../types/events"
import type { ClaimDueDeliveriesInput } from "../steps/claim-due-deliveries"
import { claimAndSendDeliveriesStep } from "../steps/send-deliveries"

export const sendDueDeliveriesWorkflowId = "coupon-marketing-send-due-deliveries"

/**
 * One batch of the delivery pipeline: claims due deliveries, sends each through the
 * Notification Module and records it (sent; or retried with backoff; failed after
 * `delivery.max_attempts`; skipped for a channel without provider), then emits
 * `coupon_marketing.delivery_sent` per sent message and `coupon_marketing.delivery_failed` per
 * message that failed for good. Answers the counts, the number claimed and where the send step's time went (ms).
 */
export const sendDueDeliveriesWorkflow = createWorkflow(sendDueDeliveriesWorkflowId, (input: ClaimDueDeliveriesInput) => {
  // One step: the claimed rows (their messages) stay out of the workflow engine's hands.
  const result = claimAndSendDeliveriesStep(input)
  const events = transform({ result }, ({ result }) => ({
    sent: result.sent.map((d) => ({ id: d.id, purpose: d.purpose, channel: d.channel, customer_id: d.customer_id })),
    failed: result.failed.map((d) => ({ id: d.id, purpose: d.purpose, channel: d.channel, customer_id: d.customer_id, attempts: d.attempts, error: d.last_error })),
  }))
  emitEventStep({ eventName: CouponMarketingEvents.DELIVERY_SENT, data: transform({ events }, ({ events }) => events.sent) })
    .config({ name: "coupon-marketing-emit-delivery-sent" })
  emitEventStep({ eventName: CouponMarketingEvents.DELIVERY_FAILED, data: transform({ events }, ({ events }) => events.failed) })
    .config({ name: "coupon-marketing-emit-delivery-failed" })
  return new WorkflowResponse(
    transform({ result }, ({ result }) => ({
      claimed: result.claimed,
      sent: result.sent.length,
      retried: result.retried.length,
      failed: result.failed.length,
      skipped: result.skipped.length,
      ms: result.ms,
    }))
  )
})
