import { startOfZonedDay } from "../coupons/validity"

/** A calendar date `YYYY-MM-DD` (as the admin's date filter sends it). */
export const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * PUSH-1 follow-date filter: the instants [from, to) covering the calendar days `from`…`to`
 * (both included) in the store's time zone. Either side may be missing.
 */
export function followDateRange(from: string | undefined, to: string | undefined, timeZone: string): { gte?: Date; lt?: Date } {
  const day = (value: string, plus: number) => {
    const m = CALENDAR_DATE.exec(value)
    if (!m) throw new RangeError(`not a calendar date: ${value}`)
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plus))
    return startOfZonedDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), timeZone)
  }
  return { ...(from ? { gte: day(from, 0) } : {}), ...(to ? { lt: day(to, 1) } : {}) }
}
