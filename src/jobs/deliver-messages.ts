import type { MedusaContainer } from "@medusajs/framework/types"
import { sendDueDeliveriesWorkflow } from "../workflows/deliveries/workflows/send-due-deliveries"

/** Deliveries claimed per batch, and batches per run at most (the next run goes on). */
const BATCH = 500
const MAX_BATCHES = 50

export type DeliverySummary = { claimed: number; sent: number; retried: number; failed: number; skipped: number }

/**
 * Every minute: sends the due messages of the delivery pipeline (reminders, later pushes and
 * gifts) in batches until none is due. Several instances may run it at once: each claims its own rows.
 */
export default async function deliverMessagesJob(container: MedusaContainer) {
  await deliverDueMessages(container)
}

/** Runs batches of `sendDueDeliveriesWorkflow` until a batch comes back short. Answers the totals. */
export async function deliverDueMessages(container: MedusaContainer, now?: Date, options: { purposes?: string[] } = {}): Promise<DeliverySummary> {
  const total: DeliverySummary = { claimed: 0, sent: 0, retried: 0, failed: 0, skipped: 0 }
  for (let i = 0; i < MAX_BATCHES; i++) {
    const { result } = await sendDueDeliveriesWorkflow(container).run({ input: { limit: BATCH, now, purposes: options.purposes } })
    for (const k of Object.keys(total) as (keyof DeliverySummary)[]) total[k] += result[k]
    if (result.claimed < BATCH) break
  }
  return total
}

export const config = {
  name: "coupon-marketing-deliver-messages",
  schedule: "* * * * *",
}
