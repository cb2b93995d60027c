import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { QUOTA_WINDOW_MS, nextFreeInstant, pushSlots, quotaBlocker, sendAtLabel } from "../../../../../modules/coupon-marketing/domain/pushes"
import type { AdminPushSlotsResponse } from "../../../../../types/http/pushes"
import { pushService } from "../helpers"
import type { AdminPushSlotsType } from "../validators"

/**
 * PUSH-7/8 GET /admin/coupon-marketing/pushes/slots?type → the slots from tomorrow to 3 days
 * ahead (10:00–22:00 every 30 min, store zone), each `available` unless the weekly quota blocks
 * it (advertising and compensation; `type=direct` is not in the quota), and which push blocks.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPushSlotsResponse<Date>>) => {
  const type = (req as unknown as { validatedQuery: AdminPushSlotsType }).validatedQuery.type ?? "advertising"
  const svc = pushService(req.scope)
  const tz = svc.getOptions().timezone
  const now = new Date()
  const days = pushSlots(now, tz)
  const first = days[0].times[0]?.send_at ?? now
  const lastDay = days[days.length - 1].times
  const last = lastDay[lastDay.length - 1]?.send_at ?? now
  const pushes = (await svc.listQuotaPushes(new Date(first.getTime() - 3 * QUOTA_WINDOW_MS), new Date(last.getTime() + 3 * QUOTA_WINDOW_MS))).map((p) => ({ ...p, name: p.coupon_name }))
  const quotaApplies = type !== "direct"
  let blockedBy: { id: string; send_at: Date } | null = null
  let firstFree: Date | null = null
  const slots = days.map((d) => ({
    date: d.date,
    date_label: d.date_label,
    times: d.times.map((t) => {
      const blocker = quotaApplies ? quotaBlocker(t.send_at, pushes) : null
      if (blocker && !blockedBy) blockedBy = { id: blocker.id, send_at: new Date(blocker.send_at) }
      if (!blocker && !firstFree) firstFree = t.send_at
      return { send_at: t.send_at, label: t.label, available: !blocker }
    }),
  }))
  const b = blockedBy as { id: string; send_at: Date } | null
  const free = firstFree as Date | null
  res.json({
    timezone: tz,
    slots,
    quota: {
      blocked_by: b ? { id: b.id, send_at_label: sendAtLabel(b.send_at, tz) } : null,
      next_free_label: b ? sendAtLabel(free ?? nextFreeInstant(new Date(b.send_at.getTime() + QUOTA_WINDOW_MS), pushes), tz) : null,
    },
  })
}
