import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { listDueExchangeRemindersStep } from "../steps/list-due-exchange-reminders"
import { claimExchangeRemindersStep } from "../steps/claim-exchange-reminders"

export const enqueueExchangeRemindersWorkflowId = "coupon-marketing-enqueue-exchange-reminders"

/**
 * POINTS-8: queues one delivery per (exchange, channel) for the exchanges whose unused coupon
 * expires within `points.reminder_days` — `feed` always, `email` when the customer has an
 * address — and marks each exchange reminded in the same transaction: nothing lost, nothing
 * doubled. The delivery job sends them. Answers the exchanges claimed and the deliveries queued.
 */
export const enqueueExchangeRemindersWorkflow = createWorkflow(
  enqueueExchangeRemindersWorkflowId,
  (input: { now?: Date | string; limit?: number }) => {
    const reminders = listDueExchangeRemindersStep(input)
    const claimed = claimExchangeRemindersStep(transform({ reminders, input }, ({ reminders, input }) => ({ reminders, now: input.now })))
    return new WorkflowResponse(
      transform({ claimed }, ({ claimed }) => ({ exchange_ids: claimed.exchange_ids, delivery_ids: claimed.deliveries.map((d) => d.id) }))
    )
  }
)
