import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CouponMarketingEvents } from "../types/events"
import { drainUntilDone } from "../jobs/deliver-messages"

/**
 * PUSH-13: a push's deliveries are written — send them now, in this worker, until none of the
 * push's is due. The dispatcher emits `pushes.send_lanes` of these per push, so with Medusa's
 * Redis event bus several worker processes take one each and share the push (each claims its own
 * batches, `for update skip locked`). Idempotent: a repeated event finds nothing due, or sends
 * what is due, each delivery once (its id is the notification's idempotency key).
 */
export default async function pushDeliveriesQueuedHandler({ event: { data }, container }: SubscriberArgs<{ push_id: string; lane?: number; lanes?: number }>) {
  if (!data?.push_id) return
  const summary = await drainUntilDone(container, undefined, [`push:${data.push_id}`])
  if (summary.claimed > 0) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`coupon-marketing: push ${data.push_id}: lane ${(data.lane ?? 0) + 1}/${data.lanes ?? 1} in process ${process.pid} sent ${summary.sent}, retrying ${summary.retried}, failed ${summary.failed}, skipped ${summary.skipped}`)
  }
}

export const config: SubscriberConfig = { event: CouponMarketingEvents.PUSH_DELIVERIES_QUEUED }
