import { transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CouponMarketingEvents } from "../../../types/events"
import type { PointsEntryResult } from "../steps/append-points-entry"

/**
 * Inside a workflow: POINTS_CREDITED or POINTS_DEBITED for an entry the run created (a replayed
 * key or a debit of 0 emits nothing). `points` is the amount moved, always positive; the event
 * name says which way.
 */
export function emitPointsEntryEvents(result: WorkflowData<PointsEntryResult>) {
  const data = transform({ result }, ({ result }) => {
    const entry = result.entry
    if (!entry) return null
    return { customer_id: entry.customer_id, entry_id: entry.id, points: Math.abs(entry.points), reason: entry.reason, order_id: entry.order_id ?? undefined }
  })
  when("emit-points-credited", { result }, ({ result }) => !!result.created && (result.entry?.points ?? 0) > 0).then(() => {
    emitEventStep({ eventName: CouponMarketingEvents.POINTS_CREDITED, data }).config({ name: "emit-points-credited" })
  })
  when("emit-points-debited", { result }, ({ result }) => !!result.created && (result.entry?.points ?? 0) < 0).then(() => {
    emitEventStep({ eventName: CouponMarketingEvents.POINTS_DEBITED, data }).config({ name: "emit-points-debited" })
  })
}
