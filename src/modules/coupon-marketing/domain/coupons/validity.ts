/**
 * Time rules of coupons: calendar months, the "N days from the send" validity in the store's
 * time zone (COUPON-7), the status derived from time (COUPON-16) and the purge date
 * (COUPON-19). Pure: `now` is always a parameter. Time zones use the platform's Intl data (no
 * library), so the same code runs in Node and in the admin's browser.
 */
import { COUPON_LIMITS, CodeMode, CouponStatus, ValidityType } from "../../../../types/coupons"

const MS_PER_MINUTE = 60 * 1000
const MS_PER_DAY = 24 * 60 * MS_PER_MINUTE

/** A calendar date and wall-clock time, as read in some time zone. */
export interface ZonedDateTime {
  year: number
  /** 1–12 */
  month: number
  /** 1–31 */
  day: number
  /** 0–23 */
  hour: number
  minute: number
  second: number
  millisecond: number
}

/** A Date, an ISO string or nothing, as coupons carry their dates. */
export type DateLike = Date | string | null | undefined

/** `value` as a Date, or null when missing or not a valid date. */
export function toDateOrNull(value: DateLike): Date | null {
  if (value === null || value === undefined || value === "") {
    return null
  }
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

function daysInUtcMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate()
}

/**
 * `date` plus `n` calendar months in UTC, the day clamped to the target month's length
 * (Jan 31 + 1 month → Feb 28, or Feb 29 in a leap year); the time of day is kept.
 * `n` may be negative; it must be an integer.
 */
export function addMonths(date: Date, n: number): Date {
  if (!Number.isInteger(n)) {
    throw new RangeError(`addMonths: months must be an integer, got ${n}`)
  }
  const year = date.getUTCFullYear()
  const targetIndex = date.getUTCMonth() + n
  const targetYear = year + Math.floor(targetIndex / 12)
  const targetMonth = ((targetIndex % 12) + 12) % 12
  const day = Math.min(date.getUTCDate(), daysInUtcMonth(targetYear, targetMonth))
  const result = new Date(date.getTime())
  // Set the day first to 1 so that setting the month never overflows.
  result.setUTCDate(1)
  result.setUTCFullYear(targetYear, targetMonth, day)
  return result
}

const PARTS_FORMATTERS = new Map<string, Intl.DateTimeFormat>()

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = PARTS_FORMATTERS.get(timeZone)
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
        era: "short",
      })
    } catch {
      throw new RangeError(`Unknown time zone "${timeZone}"`)
    }
    PARTS_FORMATTERS.set(timeZone, formatter)
  }
  return formatter
}

/** Whether the platform knows this IANA time zone ("Asia/Tokyo", "UTC", …). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone)
    return true
  } catch {
    return false
  }
}

/** The calendar date and wall-clock time of `instant` in `timeZone`. */
export function toZonedDateTime(instant: Date | number, timeZone: string): ZonedDateTime {
  const ms = typeof instant === "number" ? instant : instant.getTime()
  if (!Number.isFinite(ms)) {
    throw new RangeError("toZonedDateTime: invalid date")
  }
  const fields: Record<string, string> = {}
  for (const part of partsFormatter(timeZone).formatToParts(ms)) {
    fields[part.type] = part.value
  }
  const yearOfEra = Number(fields.year)
  // en-US eras are "AD"/"BC"; there is no year 0 in eras.
  const year = fields.era === "BC" || fields.era === "B" ? 1 - yearOfEra : yearOfEra
  const hour = Number(fields.hour)
  return {
    year,
    month: Number(fields.month),
    day: Number(fields.day),
    // Some engines still answer 24 for midnight.
    hour: hour === 24 ? 0 : hour,
    minute: Number(fields.minute),
    second: Number(fields.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
  }
}

/** Date.UTC of the wall-clock fields, with years 0–99 taken literally. */
function wallClockAsUtc(z: ZonedDateTime): number {
  const d = new Date(0)
  d.setUTCFullYear(z.year, z.month - 1, z.day)
  d.setUTCHours(z.hour, z.minute, z.second, z.millisecond)
  return d.getTime()
}

/** The zone's offset from UTC at `instant`, in ms (Tokyo +32,400,000). */
export function timeZoneOffsetMs(instant: Date | number, timeZone: string): number {
  const ms = typeof instant === "number" ? instant : instant.getTime()
  return wallClockAsUtc(toZonedDateTime(ms, timeZone)) - ms
}

/**
 * The instant at which the clocks of `timeZone` show `local`.
 * - A wall time that happens twice (autumn DST change) gives the earlier instant, or the later
 *   one with `disambiguation: "later"`.
 * - A wall time that never happens (spring gap) is read with the offset in force before the
 *   gap, i.e. moved forward by the gap's length (02:30 in Berlin's spring gap → 03:30 CEST, as
 *   Temporal's "compatible"); so a skipped midnight gives the first instant of that day.
 */
export function fromZonedDateTime(
  local: ZonedDateTime,
  timeZone: string,
  disambiguation: "earlier" | "later" = "earlier"
): Date {
  const wall = wallClockAsUtc(local)
  // The offsets in force a day before and a day after cover every real transition.
  const offsets = new Set([
    timeZoneOffsetMs(wall - MS_PER_DAY, timeZone),
    timeZoneOffsetMs(wall, timeZone),
    timeZoneOffsetMs(wall + MS_PER_DAY, timeZone),
  ])
  const candidates = [...offsets].map((offset) => wall - offset)
  const exact = candidates.filter((t) => t + timeZoneOffsetMs(t, timeZone) === wall)
  if (exact.length) {
    return new Date(disambiguation === "later" ? Math.max(...exact) : Math.min(...exact))
  }
  // In a gap: the candidate read with the pre-gap offset shows a later wall time than asked.
  const after = candidates.filter((t) => t + timeZoneOffsetMs(t, timeZone) > wall)
  return new Date(Math.min(...(after.length ? after : candidates)))
}

/** The first instant of the calendar day `year-month-day` in `timeZone`. */
export function startOfZonedDay(year: number, month: number, day: number, timeZone: string): Date {
  return fromZonedDateTime({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone)
}

/** The calendar date `days` after `year-month-day` (any integer `days`). */
function addCalendarDays(year: number, month: number, day: number, days: number): { year: number; month: number; day: number } {
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day + days)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

/**
 * COUPON-7, relative validity: a code sent at `sentAt` with `days` days is valid until the
 * last millisecond (23:59:59.999) of the store's local calendar date of the send plus `days`.
 * Sent Jan 1 15:00 with 10 days → valid until Jan 11 23:59:59.999, local time.
 *
 * Computed as "the first instant of the following local day, minus 1 ms", which stays right
 * when a DST change happens in between or on that very night.
 */
export function relativeValidityEnd(sentAt: Date, days: number, timeZone: string): Date {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`relativeValidityEnd: days must be a non-negative integer, got ${days}`)
  }
  const local = toZonedDateTime(sentAt, timeZone)
  const next = addCalendarDays(local.year, local.month, local.day, days + 1)
  return new Date(startOfZonedDay(next.year, next.month, next.day, timeZone).getTime() - 1)
}

/** What the status of a coupon depends on. */
export interface CouponStatusInput {
  validity_type: ValidityType
  code_mode: CodeMode
  starts_at?: DateLike
  ends_at?: DateLike
  /** How many individual codes were issued (a boolean "any issued" is accepted too). */
  codes_issued?: number | boolean | null
  /** Relative validity: the latest `expires_at` among the issued codes. */
  last_code_expires_at?: DateLike
}

/**
 * COUPON-16: the status, derived from time (never stored, so never stale).
 *
 * - Fixed code (always a window): `scheduled` before `starts_at`, `active` in
 *   [starts_at, ends_at), `ended` from `ends_at` on.
 * - Individual codes with a window: `ended` from `ends_at` on (issued or not: past its end a
 *   coupon can never be used again, and it must stop counting towards COUPON-14's 100);
 *   otherwise `scheduled` while no code is issued or before `starts_at`; otherwise `active`.
 * - Individual codes with relative validity (no window): `scheduled` while no code is issued;
 *   `active` while at least one issued code has not expired (now < last_code_expires_at);
 *   `ended` once every issued code has expired. A coupon whose issued codes all expired is
 *   `ended`: callers must not issue new codes for it (COUPON-17, ended is final).
 *
 * A missing `starts_at` counts as "already started", a missing `ends_at` (or
 * `last_code_expires_at`) as "no end yet".
 */
export function couponStatus(coupon: CouponStatusInput, now: Date): CouponStatus {
  const t = now.getTime()
  const issued = typeof coupon.codes_issued === "number" ? coupon.codes_issued > 0 : !!coupon.codes_issued

  if (coupon.validity_type === "relative") {
    if (!issued) {
      return "scheduled"
    }
    const expires = toDateOrNull(coupon.last_code_expires_at)
    return expires && t >= expires.getTime() ? "ended" : "active"
  }

  const starts = toDateOrNull(coupon.starts_at)
  const ends = toDateOrNull(coupon.ends_at)
  if (ends && t >= ends.getTime()) {
    return "ended"
  }
  if (starts && t < starts.getTime()) {
    return "scheduled"
  }
  if (coupon.code_mode === "individual" && !issued) {
    return "scheduled"
  }
  return "active"
}

/** COUPON-19: the instant an ended coupon is purged (3 years after its end). */
export function purgeDueAt(ends_at: Date): Date {
  return addMonths(ends_at, 12 * COUPON_LIMITS.PURGE_AFTER_YEARS)
}

/**
 * COUPON-19: whether a coupon that ended at `ends_at` is due for purging at `now`
 * (from 3 calendar years after its end on; Feb 29 + 3 years → Feb 28).
 * A coupon with no end (`null`) is never due.
 */
export function isPurgeDue(ends_at: DateLike, now: Date): boolean {
  const end = toDateOrNull(ends_at)
  return !!end && now.getTime() >= purgeDueAt(end).getTime()
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0")
}

/** "2026-12-01 10:00" — the wall-clock time of `instant` in `timeZone` (seconds dropped). */
export function formatZonedDateTime(instant: Date, timeZone: string): string {
  const z = toZonedDateTime(instant, timeZone)
  return `${pad(z.year, 4)}-${pad(z.month)}-${pad(z.day)} ${pad(z.hour)}:${pad(z.minute)}`
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

/**
 * A date for a merchant, in the store's time zone: "2 Dec 2026, 16:00 (Asia/Tokyo)".
 * `round` "up" shows the next whole minute when `instant` has seconds (an earliest allowed
 * time: the minute shown is allowed), "down" drops them (a latest allowed time).
 */
export function formatStoreDateTime(instant: Date, timeZone: string, round: "up" | "down" = "down"): string {
  const z = toZonedDateTime(roundToMinute(instant, round), timeZone)
  return `${z.day} ${MONTH_NAMES[z.month - 1]} ${z.year}, ${pad(z.hour)}:${pad(z.minute)} (${timeZone})`
}

/** The wall-clock time only, "16:42 (Asia/Tokyo)", rounded as `formatStoreDateTime`. */
export function formatStoreTime(instant: Date, timeZone: string, round: "up" | "down" = "down"): string {
  const z = toZonedDateTime(roundToMinute(instant, round), timeZone)
  return `${pad(z.hour)}:${pad(z.minute)} (${timeZone})`
}

/** Whether two instants fall on the same calendar day in `timeZone`. */
export function isSameZonedDay(a: Date, b: Date, timeZone: string): boolean {
  const x = toZonedDateTime(a, timeZone)
  const y = toZonedDateTime(b, timeZone)
  return x.year === y.year && x.month === y.month && x.day === y.day
}

function roundToMinute(instant: Date, round: "up" | "down"): Date {
  const ms = instant.getTime()
  const floor = Math.floor(ms / MS_PER_MINUTE) * MS_PER_MINUTE
  return new Date(round === "up" && floor !== ms ? floor + MS_PER_MINUTE : floor)
}

/** A lead time for people: "now", "1 minute", "90 minutes", "1 hour", "2 hours", "1 day", "1 day 2 hours". */
export function formatLeadMinutes(minutes: number): string {
  if (minutes <= 0) {
    return "now"
  }
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`
  if (minutes % 60 !== 0) {
    return plural(minutes, "minute")
  }
  const hours = minutes / 60
  const days = Math.floor(hours / 24)
  const rest = hours % 24
  if (days === 0) {
    return plural(hours, "hour")
  }
  return rest === 0 ? plural(days, "day") : `${plural(days, "day")} ${plural(rest, "hour")}`
}
