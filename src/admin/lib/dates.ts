import { fromZonedDateTime, toZonedDateTime } from "../../modules/coupon-marketing/domain/coupons"

/**
 * Dates on the plugin's pages, always in the STORE's time zone (the plugin's `timezone` option,
 * answered by GET /admin/coupon-marketing/settings and read with `useStoreTimezone`), never the
 * browser's: the Store API, the CSVs and the coupon rules (23:59:59 of the last day) use it too.
 *
 * Intl-based and DST-safe: an instant is shown with `Intl.DateTimeFormat({ timeZone })`; a wall
 * time entered on the store's clocks becomes an instant with the domain's `fromZonedDateTime`
 * (a time that happens twice takes the earlier instant, one skipped by a spring gap is moved
 * forward by the gap).
 *
 * Entered times are held as wall-clock strings "2026-12-01T10:00" (the store's clocks).
 */

const pad = (n: number) => String(n).padStart(2, "0")
/** Years as 4 digits: a year being typed passes through 0002, 0020, 0202 before 2027. */
const year4 = (n: number) => String(n).padStart(4, "0")
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

function toDate(value: string | Date | number | null | undefined): Date | null {
  if (value === null || value === undefined || value === "") return null
  const d = value instanceof Date ? value : new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}

const FORMATTERS = new Map<string, Intl.DateTimeFormat>()
function formatter(kind: "datetime" | "date" | "time", timeZone?: string): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone ?? ""}`
  let f = FORMATTERS.get(key)
  if (!f) {
    const zone = timeZone ? { timeZone } : {}
    f =
      kind === "datetime"
        ? new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", ...zone })
        : kind === "date"
          ? new Intl.DateTimeFormat("en-US", { dateStyle: "medium", ...zone })
          : new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", ...zone })
    FORMATTERS.set(key, f)
  }
  return f
}

/**
 * "Dec 2, 2026, 10:00 AM" on the store's clocks; "…" for no date. Without a zone (still
 * loading) the browser's is used, so a page never shows nothing.
 */
export function formatStoreDateTime(value: string | Date | null | undefined, timeZone?: string): string {
  const d = toDate(value)
  return d ? formatter("datetime", timeZone).format(d) : "…"
}

/** "Dec 2, 2026" on the store's calendar. */
export function formatStoreDate(value: string | Date | null | undefined, timeZone?: string): string {
  const d = toDate(value)
  return d ? formatter("date", timeZone).format(d) : "…"
}

/** "16:42" on the store's clocks. */
export function formatStoreTime(value: string | Date | number | null | undefined, timeZone?: string): string {
  const d = toDate(value)
  return d ? formatter("time", timeZone).format(d) : "…"
}

/** An instant as a wall-clock value on the store's clocks ("2026-12-01T10:00"); "" for none. */
export function toZonedInput(value: string | Date | number | null | undefined, timeZone: string): string {
  const d = toDate(value)
  if (!d) return ""
  const z = toZonedDateTime(d, timeZone)
  return `${year4(z.year)}-${pad(z.month)}-${pad(z.day)}T${pad(z.hour)}:${pad(z.minute)}`
}

/** A wall-clock value read on the store's clocks, as an ISO instant; "" → null; bad input is kept as typed (the rules name it). */
export function fromZonedInput(value: string, timeZone: string): string | null {
  if (!value.trim()) return null
  const m = WALL_CLOCK.exec(value)
  if (!m) return value
  const [year, month, day, hour, minute, second] = m.slice(1).map((x) => Number(x ?? 0))
  const d = fromZonedDateTime({ year, month, day, hour, minute, second, millisecond: 0 }, timeZone)
  return Number.isNaN(d.getTime()) ? value : d.toISOString()
}

/**
 * A wall-clock value as a Date whose *browser-local* fields show it: what Medusa's `DatePicker`
 * (which reads and answers dates on the browser's clocks) needs to show the store's clocks.
 */
export function wallClockToPickerDate(value: string): Date | null {
  const m = WALL_CLOCK.exec(value)
  if (!m) return null
  const [year, month, day, hour, minute] = m.slice(1).map((x) => Number(x ?? 0))
  // setFullYear: `new Date(y, …)` reads years 0–99 as 1900–1999.
  const d = new Date(2000, 0, 1, hour, minute, 0, 0)
  d.setFullYear(year, month - 1, day)
  return Number.isNaN(d.getTime()) ? null : d
}

/** The reverse of `wallClockToPickerDate`: the picker's browser-local fields as a wall-clock value. */
export function pickerDateToWallClock(date: Date | null): string {
  if (!date || Number.isNaN(date.getTime())) return ""
  return `${year4(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** Adds whole days to a wall-clock value on the calendar (the same wall time, whatever DST does). */
export function addDaysToWallClock(value: string, days: number): string {
  const m = WALL_CLOCK.exec(value)
  if (!m) return value
  const [year, month, day, hour, minute] = m.slice(1).map((x) => Number(x ?? 0))
  const d = new Date(Date.UTC(2000, 0, 1, hour, minute))
  d.setUTCFullYear(year, month - 1, day + days)
  return `${year4(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

/**
 * The earliest start a new coupon may have (COUPON-7: `min_start_lead_minutes` from now),
 * rounded up to the next whole minute plus `marginMinutes`, so that the few seconds between
 * filling and saving do not make it too early.
 */
export function earliestStart(leadMinutes: number, now = Date.now(), marginMinutes = 1): Date {
  const at = now + leadMinutes * 60_000
  const minute = Math.ceil(at / 60_000) * 60_000
  return new Date(minute + marginMinutes * 60_000)
}

/** "in 1 hour", "in 90 minutes", "in 2 days", "now". */
export function leadText(minutes: number): string {
  if (minutes <= 0) return "now"
  if (minutes % 1440 === 0) return `in ${minutes / 1440} ${minutes === 1440 ? "day" : "days"}`
  if (minutes % 60 === 0) return `in ${minutes / 60} ${minutes === 60 ? "hour" : "hours"}`
  return `in ${minutes} ${minutes === 1 ? "minute" : "minutes"}`
}

/** ISO instants inside a message (the rules' "… (2026-12-02T07:00:00.000Z or later)") on the store's clocks. */
export function humanizeInstants(message: string, timeZone?: string): string {
  return message.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g, (iso) =>
    formatStoreDateTime(iso, timeZone)
  )
}

// The browser-zone helpers kept for the pages not moved yet (the same shape, the browser's clocks).

/** A date as a datetime-local value in the browser's time zone ("2026-12-01T10:00"). */
export function toLocalInput(value: Date | string | null | undefined): string {
  return toZonedInput(value, Intl.DateTimeFormat().resolvedOptions().timeZone)
}

/** A datetime-local value as an ISO instant (read in the browser's zone); bad input is kept as typed. */
export function fromLocalInput(value: string): string | null {
  return fromZonedInput(value, Intl.DateTimeFormat().resolvedOptions().timeZone)
}
