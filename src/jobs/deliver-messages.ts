import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendDueDeliveriesWorkflow } from "../workflows/deliveries/workflows/send-due-deliveries"
import { type HostSql, refreshPlannerStatistics } from "../modules/coupon-marketing/repositories/host-tables"

/**
 * Deliveries claimed per batch, batches per run and lane at most (the next run goes on), and
 * batches in flight at once in one process. One by default: a process killed mid-batch leaves
 * that batch's notifications created and not yet sent, or sent and not yet marked; Medusa's
 * idempotency key counts both as sent, which is right for the second. With one batch in flight
 * a kill almost always finds it past its sends; with several, another batch may be before them,
 * and its messages would be lost (the crash test showed it). Scale out with worker processes.
 */
const BATCH = 500
const MAX_BATCHES = 50
const LANES = 1
/** A drain that claimed at least this many logs where its time went (a push's, typically). */
const LOG_FROM = 5000
/** Messages sent between two looks at the planner's statistics of `notification` and `cm_delivery` (refreshPlannerStatistics). */
const STATS_EVERY = 1000
let sentSinceStats = 0

export type DeliverySummary = { claimed: number; sent: number; retried: number; failed: number; skipped: number }

const emptySummary = (): DeliverySummary => ({ claimed: 0, sent: 0, retried: 0, failed: 0, skipped: 0 })

/** Adds `run`'s counts to `total`. */
function addSummary(total: DeliverySummary, run: DeliverySummary): void {
  for (const k of Object.keys(total) as (keyof DeliverySummary)[]) total[k] += run[k]
}

/**
 * Every minute: sends the due messages of the delivery pipeline (reminders, pushes, gifts) in
 * batches until none is due. Several instances may run it at once: each claims its own rows.
 */
export default async function deliverMessagesJob(container: MedusaContainer) {
  await deliverDueMessages(container)
}

/**
 * One drain at a time in a process: the job, and the `push_deliveries_queued` events the local
 * event bus hands over all at once, queue here, so the process never has more batches in flight
 * than one drain's `lanes`. Other processes drain alongside (their claims skip these rows).
 */
let drains: Promise<unknown> = Promise.resolve()

/**
 * Runs batches of `sendDueDeliveriesWorkflow`, `lanes` at once (each claims its own rows, `for
 * update skip locked`), each lane until a batch comes back short, after any drain this process
 * is already running. Answers the totals.
 */
export function deliverDueMessages(
  container: MedusaContainer,
  now?: Date,
  options: { purposes?: string[]; lanes?: number; max_batches?: number } = {}
): Promise<DeliverySummary> {
  const run = drains.then(() => drain(container, now, options))
  drains = run.catch(() => undefined)
  return run
}

/**
 * Sends the given purposes' due deliveries in this process until none is due: drains one after
 * the other (each of at most `MAX_BATCHES` batches, so each logs its own split). What the
 * `push_deliveries_queued` subscriber runs for a push. Answers the totals.
 */
export async function drainUntilDone(container: MedusaContainer, now: Date | undefined, purposes: string[]): Promise<DeliverySummary> {
  const total = emptySummary()
  for (;;) {
    const run = await deliverDueMessages(container, now, { purposes })
    addSummary(total, run)
    if (run.claimed < BATCH * MAX_BATCHES) return total
  }
}

async function drain(container: MedusaContainer, now: Date | undefined, options: { purposes?: string[]; lanes?: number; max_batches?: number }): Promise<DeliverySummary> {
  const total = emptySummary()
  // Where the time goes (logged for a big drain): the send step's phases; the rest of each run
  // (the events, the workflow engine) as `other`.
  const ms = { claim: 0, consent: 0, render: 0, module: 0, record: 0, other: 0 }
  const started = Date.now()
  const lane = async () => {
    for (let i = 0; i < (options.max_batches ?? MAX_BATCHES); i++) {
      const t0 = Date.now()
      const { result } = await sendDueDeliveriesWorkflow(container).run({ input: { limit: BATCH, now, purposes: options.purposes } })
      addSummary(total, result)
      let step = 0
      for (const [phase, spent] of Object.entries(result.ms) as [keyof typeof result.ms, number][]) {
        ms[phase] += spent
        step += spent
      }
      ms.other += Date.now() - t0 - step
      sentSinceStats += result.sent
      if (sentSinceStats >= STATS_EVERY) {
        sentSinceStats = 0
        const sql = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as HostSql
        for (const table of ["notification", "cm_delivery"] as const) await refreshPlannerStatistics(sql, table)
      }
      if (result.claimed < BATCH) break
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, options.lanes ?? LANES) }, lane))
  if (total.claimed >= LOG_FROM) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(
      `coupon-marketing: ${total.claimed} messages in ${Date.now() - started} ms: sent ${total.sent}, retrying ${total.retried}, failed ${total.failed}, skipped ${total.skipped} (claim ${ms.claim} ms, consent ${ms.consent} ms, render ${ms.render} ms, Notification Module ${ms.module} ms, record ${ms.record} ms, events and workflow ${ms.other} ms)`
    )
  }
  return total
}

export const config = {
  name: "coupon-marketing-deliver-messages",
  schedule: "* * * * *",
}
