import type { AdminMembershipGiftStats, GiftStatsDay } from "../../../types/http/gifts"

/** The stats chart's data (GIFT-6): pure, so unit-tested. */

/** Nothing to chart: no grant and no gift coupon use yet (new members alone, before any grant, chart nothing). */
export function statsAreEmpty(stats: Pick<AdminMembershipGiftStats, "grants" | "coupon_uses" | "days">): boolean {
  return stats.grants === 0 && stats.coupon_uses === 0 && stats.days.every((d) => !d.grants && !d.coupon_uses)
}

const DAY_MS = 24 * 3600_000
/** At most this many days are charted (the last ones). */
export const CHART_MAX_DAYS = 120

/** "2026-12-03" → "Dec 3" (a calendar day: no zone shift). */
export function dayLabel(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) return day
  return new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])))
}

/**
 * The days to chart, sorted, with their labels, the days without figures as zeros (so that the
 * axis is a calendar): the activity's own days (`range`, store calendar) when given and at most
 * CHART_MAX_DAYS long, else from the first to the last day with figures (its last CHART_MAX_DAYS).
 */
export function chartDays(days: readonly GiftStatsDay[], range?: { from: string; to: string }): (GiftStatsDay & { label: string })[] {
  const valid = days.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.date)).sort((a, b) => a.date.localeCompare(b.date))
  const at = (day: string) => Date.parse(`${day}T00:00:00Z`)
  const byDate = new Map(valid.map((d) => [d.date, d]))
  let first = valid.length ? at(valid[0].date) : NaN
  let last = valid.length ? at(valid[valid.length - 1].date) : NaN
  if (range && /^\d{4}-\d{2}-\d{2}$/.test(range.from) && /^\d{4}-\d{2}-\d{2}$/.test(range.to)) {
    const from = Math.min(at(range.from), Number.isNaN(first) ? Infinity : first)
    const to = Math.max(at(range.to), Number.isNaN(last) ? -Infinity : last)
    if (to >= from && (to - from) / DAY_MS < CHART_MAX_DAYS) [first, last] = [from, to]
  }
  if (Number.isNaN(first) || Number.isNaN(last)) return []
  const out: (GiftStatsDay & { label: string })[] = []
  for (let t = Math.max(first, last - (CHART_MAX_DAYS - 1) * DAY_MS); t <= last; t += DAY_MS) {
    const date = new Date(t).toISOString().slice(0, 10)
    const d = byDate.get(date) ?? { date, new_members: 0, grants: 0, coupon_uses: 0, revenue: 0 }
    out.push({ ...d, label: dayLabel(date) })
  }
  return out
}
