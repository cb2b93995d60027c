/**
 * PUSH-7 send slots, PUSH-8 weekly quota, PUSH-10 cancel window: pure functions of time and the
 * store's time zone (no I/O), unit-tested as tables of cases.
 */
import { formatStoreDateTime, fromZonedDateTime, toZonedDateTime } from "../coupons/validity"

export const PUSH_TYPES = ["advertising", "compensation", "direct"] as const
export type PushType = (typeof PUSH_TYPES)[number]

/** The push types the weekly quota counts (PUSH-8). */
export const QUOTA_TYPES: readonly PushType[] = ["advertising", "compensation"]

/** PUSH-7: slots on the days from tomorrow to this many days ahead. */
export const SLOT_DAYS_AHEAD = 3
/** PUSH-7: first and last slot of a day (wall clock, store zone), and the step. */
export const SLOT_FIRST_MINUTE = 10 * 60
export const SLOT_LAST_MINUTE = 22 * 60
export const SLOT_STEP_MINUTES = 30
/** PUSH-8: the rolling window. */
export const QUOTA_WINDOW_MS = 7 * 24 * 3600_000
/** PUSH-10: cancelling closes this long before the send. */
export const CANCEL_LEAD_MS = 24 * 3600_000

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
const pad = (n: number) => String(n).padStart(2, "0")

function addDays(y: number, m: number, d: number, days: number) {
  const t = new Date(Date.UTC(y, m - 1, d + days))
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() }
}

const weekday = (y: number, m: number, d: number) => WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]

/** "Thu 3 Dec 2026" — a calendar date for a merchant. */
export function dateLabel(y: number, m: number, d: number): string {
  return `${weekday(y, m, d)} ${d} ${MONTHS[m - 1]} ${y}`
}

/** "Thu 3 Dec 2026, 10:30 (Asia/Tokyo)" — an instant in the store's zone, with its weekday. */
export function sendAtLabel(instant: Date, timeZone: string): string {
  const z = toZonedDateTime(instant, timeZone)
  return `${weekday(z.year, z.month, z.day)} ${formatStoreDateTime(instant, timeZone)}`
}

export interface PushSlotTime {
  send_at: Date
  /** "10:30" */
  label: string
}
export interface PushSlotDay {
  /** "YYYY-MM-DD" in the store zone. */
  date: string
  date_label: string
  times: PushSlotTime[]
}

/**
 * PUSH-7: every slot from tomorrow to `SLOT_DAYS_AHEAD` days ahead (store calendar), 10:00 to
 * 22:00 every 30 minutes on the store's wall clock. DST-safe: a wall time the zone skips (spring
 * gap) is no slot; a wall time that happens twice (autumn) is one slot, its first instant.
 */
export function pushSlots(now: Date, timeZone: string): PushSlotDay[] {
  const today = toZonedDateTime(now, timeZone)
  const days: PushSlotDay[] = []
  for (let i = 1; i <= SLOT_DAYS_AHEAD; i++) {
    const { year, month, day } = addDays(today.year, today.month, today.day, i)
    const times: PushSlotTime[] = []
    for (let minute = SLOT_FIRST_MINUTE; minute <= SLOT_LAST_MINUTE; minute += SLOT_STEP_MINUTES) {
      const hour = Math.floor(minute / 60)
      const min = minute % 60
      const send_at = fromZonedDateTime({ year, month, day, hour, minute: min, second: 0, millisecond: 0 }, timeZone)
      const back = toZonedDateTime(send_at, timeZone)
      if (back.day !== day || back.hour !== hour || back.minute !== min) continue // skipped by a DST gap
      times.push({ send_at, label: `${pad(hour)}:${pad(min)}` })
    }
    days.push({ date: `${year}-${pad(month)}-${pad(day)}`, date_label: dateLabel(year, month, day), times })
  }
  return days
}

/** PUSH-7: whether `sendAt` is one of the slots offered at `now`. */
export function isPushSlot(sendAt: Date, now: Date, timeZone: string): boolean {
  const t = sendAt.getTime()
  return pushSlots(now, timeZone).some((d) => d.times.some((s) => s.send_at.getTime() === t))
}

/** The refusal of a send time that is not a slot, in the merchant's words. */
export function slotRefusal(sendAt: Date, now: Date, timeZone: string): string | null {
  if (isPushSlot(sendAt, now, timeZone)) return null
  const days = pushSlots(now, timeZone)
  return (
    `send_at: A push can be sent from tomorrow to ${SLOT_DAYS_AHEAD} days ahead, between 10:00 and 22:00 on the hour or half hour ` +
    `(${timeZone}): from ${days[0].date_label} to ${days[days.length - 1].date_label}. ${sendAtLabel(sendAt, timeZone)} is not one of these times.`
  )
}

/** What the quota and cancel rules read of a push. */
export interface PushScheduleRow {
  id: string
  type: PushType | string
  status: string
  send_at: Date | string
  /** A name the merchant recognises (the coupon's name). */
  name?: string | null
}

/** Whether a push takes a place in the weekly quota (PUSH-8): an advertising or compensation push not cancelled. */
export function countsForQuota(p: Pick<PushScheduleRow, "type" | "status">): boolean {
  return (QUOTA_TYPES as readonly string[]).includes(p.type) && p.status !== "cancelled"
}

/**
 * PUSH-8: the push that keeps an advertising or compensation push from being sent at `sendAt`
 * (another one counted by the quota less than 7 days before or after it), or null. `exceptId`:
 * the push itself.
 */
export function quotaBlocker<T extends PushScheduleRow>(sendAt: Date, pushes: readonly T[], exceptId?: string): T | null {
  const t = sendAt.getTime()
  let found: T | null = null
  for (const p of pushes) {
    if (p.id === exceptId || !countsForQuota(p)) continue
    if (Math.abs(new Date(p.send_at).getTime() - t) < QUOTA_WINDOW_MS) {
      if (!found || new Date(p.send_at).getTime() < new Date(found.send_at).getTime()) found = p
    }
  }
  return found
}

/**
 * PUSH-8: the first slot from `after` on (a slot instant, or the instant the window frees) that
 * no counted push blocks: walks the blockers forward. Answers an instant (possibly beyond the
 * slots offered today).
 */
export function nextFreeInstant(after: Date, pushes: readonly PushScheduleRow[]): Date {
  let t = after.getTime()
  for (let guard = 0; guard < 1000; guard++) {
    const blocker = quotaBlocker(new Date(t), pushes)
    if (!blocker) return new Date(t)
    t = new Date(blocker.send_at).getTime() + QUOTA_WINDOW_MS
  }
  return new Date(t)
}

/** PUSH-8: the refusal, naming the push in the way and when the next slot frees, in store time. */
export function quotaRefusal(type: string, sendAt: Date, pushes: readonly PushScheduleRow[], timeZone: string, exceptId?: string): string | null {
  if (!(QUOTA_TYPES as readonly string[]).includes(type)) return null
  const blocker = quotaBlocker(sendAt, pushes, exceptId)
  if (!blocker) return null
  const free = nextFreeInstant(new Date(new Date(blocker.send_at).getTime() + QUOTA_WINDOW_MS), pushes.filter((p) => p.id !== exceptId))
  const name = blocker.name ? `"${blocker.name}" ` : ""
  return (
    `send_at: Only one advertising or compensation push can be sent in any 7 days. The ${blocker.type} push ${name}` +
    `is scheduled for ${sendAtLabel(new Date(blocker.send_at), timeZone)}. ` +
    `The next free time is ${sendAtLabel(free, timeZone)} or later.`
  )
}

/** PUSH-10: until when a push can be cancelled. */
export function cancellableUntil(sendAt: Date | string): Date {
  return new Date(new Date(sendAt).getTime() - CANCEL_LEAD_MS)
}

/** PUSH-10: whether the push can be cancelled at `now`. */
export function isCancellable(p: Pick<PushScheduleRow, "status" | "send_at">, now: Date): boolean {
  return p.status === "scheduled" && now.getTime() < cancellableUntil(p.send_at).getTime()
}

/** PUSH-10: why the push cannot be cancelled at `now`, in the merchant's words; null when it can. */
export function cancelRefusal(p: Pick<PushScheduleRow, "status" | "send_at">, now: Date, timeZone: string): string | null {
  if (p.status === "cancelled") return "This push is already cancelled."
  if (p.status !== "scheduled") return `This push can no longer be cancelled: it is ${p.status === "sending" ? "being sent" : p.status === "sent" ? "already sent" : "over"}.`
  if (isCancellable(p, now)) return null
  return (
    `This push can no longer be cancelled: cancelling closed on ${sendAtLabel(cancellableUntil(p.send_at), timeZone)}, ` +
    `24 hours before its send time ${sendAtLabel(new Date(p.send_at), timeZone)}.`
  )
}
