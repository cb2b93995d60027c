import {
  CouponStatusInput,
  addMonths,
  couponStatus,
  formatLeadMinutes,
  formatStoreDateTime,
  formatStoreTime,
  formatZonedDateTime,
  isSameZonedDay,
  fromZonedDateTime,
  isPurgeDue,
  isValidTimeZone,
  purgeDueAt,
  relativeValidityEnd,
  startOfZonedDay,
  timeZoneOffsetMs,
  toDateOrNull,
  toZonedDateTime,
} from "../../domain/coupons/validity"

const at = (iso: string) => new Date(iso)
const HOUR = 60 * 60 * 1000

describe("calendar months in UTC (COUPON-7)", () => {
  it.each([
    ["2026-01-15T10:00:00.000Z", 1, "2026-02-15T10:00:00.000Z"],
    ["2026-01-31T10:00:00.000Z", 1, "2026-02-28T10:00:00.000Z"],
    ["2028-01-31T10:00:00.000Z", 1, "2028-02-29T10:00:00.000Z"],
    ["2026-03-31T23:59:59.999Z", 1, "2026-04-30T23:59:59.999Z"],
    ["2026-12-31T00:00:00.000Z", 1, "2027-01-31T00:00:00.000Z"],
    ["2026-01-01T00:00:00.000Z", 120, "2036-01-01T00:00:00.000Z"],
    ["2028-02-29T12:00:00.000Z", 12, "2029-02-28T12:00:00.000Z"],
    ["2026-03-31T00:00:00.000Z", -1, "2026-02-28T00:00:00.000Z"],
    ["2026-01-31T00:00:00.000Z", -13, "2024-12-31T00:00:00.000Z"],
    ["2026-05-10T08:00:00.000Z", 0, "2026-05-10T08:00:00.000Z"],
  ])("COUPON-7 addMonths(%s, %i) = %s", (from, n, expected) => {
    expect(addMonths(at(from), n).toISOString()).toBe(expected)
  })

  it("COUPON-7 addMonths does not change its argument", () => {
    const d = at("2026-01-31T00:00:00.000Z")
    addMonths(d, 1)
    expect(d.toISOString()).toBe("2026-01-31T00:00:00.000Z")
  })

  it("COUPON-7 addMonths refuses a fractional number of months", () => {
    expect(() => addMonths(at("2026-01-01T00:00:00Z"), 1.5)).toThrow("months must be an integer, got 1.5")
  })
})

describe("time zones (COUPON-7)", () => {
  it.each([
    ["2026-01-01T06:00:00.000Z", "Asia/Tokyo", { year: 2026, month: 1, day: 1, hour: 15, minute: 0 }],
    ["2026-01-01T00:00:00.000Z", "America/New_York", { year: 2025, month: 12, day: 31, hour: 19, minute: 0 }],
    ["2026-07-01T00:00:00.000Z", "America/New_York", { year: 2026, month: 6, day: 30, hour: 20, minute: 0 }],
    ["2026-01-01T00:00:00.000Z", "Pacific/Auckland", { year: 2026, month: 1, day: 1, hour: 13, minute: 0 }],
    ["2026-01-01T00:00:00.000Z", "Asia/Kolkata", { year: 2026, month: 1, day: 1, hour: 5, minute: 30 }],
    ["2026-01-01T00:00:00.000Z", "UTC", { year: 2026, month: 1, day: 1, hour: 0, minute: 0 }],
  ])("COUPON-7 toZonedDateTime(%s, %s) reads the local wall clock", (iso, tz, expected) => {
    expect(toZonedDateTime(at(iso), tz)).toMatchObject(expected)
  })

  it.each([
    ["Asia/Tokyo", "2026-01-01T00:00:00Z", 9 * HOUR],
    ["Europe/Berlin", "2026-01-15T00:00:00Z", 1 * HOUR],
    ["Europe/Berlin", "2026-07-15T00:00:00Z", 2 * HOUR],
    ["America/New_York", "2026-01-15T00:00:00Z", -5 * HOUR],
    ["America/New_York", "2026-07-15T00:00:00Z", -4 * HOUR],
    ["UTC", "2026-07-15T00:00:00Z", 0],
  ])("COUPON-7 timeZoneOffsetMs in %s at %s", (tz, iso, offset) => {
    expect(timeZoneOffsetMs(at(iso), tz)).toBe(offset)
  })

  it.each([
    ["a plain wall time", { year: 2026, month: 6, day: 1, hour: 12 }, "Europe/Berlin", "earlier", "2026-06-01T10:00:00.000Z"],
    ["the spring gap moves forward", { year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, "Europe/Berlin", "earlier", "2026-03-29T01:30:00.000Z"],
    ["the repeated autumn hour, earlier", { year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, "Europe/Berlin", "earlier", "2026-10-25T00:30:00.000Z"],
    ["the repeated autumn hour, later", { year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, "Europe/Berlin", "later", "2026-10-25T01:30:00.000Z"],
    ["New York's repeated hour, later", { year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, "America/New_York", "later", "2026-11-01T06:30:00.000Z"],
  ] as const)("COUPON-7 fromZonedDateTime: %s", (_label, wall, tz, disambiguation, expected) => {
    const local = { minute: 0, second: 0, millisecond: 0, ...wall }
    expect(fromZonedDateTime(local, tz, disambiguation).toISOString()).toBe(expected)
  })

  it("COUPON-7 a day whose midnight is skipped starts when the clocks jump (America/Santiago, 2026-09-06)", () => {
    const start = startOfZonedDay(2026, 9, 6, "America/Santiago")
    expect(toZonedDateTime(start, "America/Santiago")).toMatchObject({ day: 6, hour: 1, minute: 0 })
    expect(toZonedDateTime(start.getTime() - 1, "America/Santiago")).toMatchObject({ day: 5, hour: 23, minute: 59 })
  })

  it.each([["Asia/Tokyo", true], ["UTC", true], ["Mars/Olympus_Mons", false]])(
    "COUPON-7 isValidTimeZone(%s) = %p",
    (tz, valid) => {
      expect(isValidTimeZone(tz)).toBe(valid)
    }
  )

  it("COUPON-7 an unknown time zone is refused with its name", () => {
    expect(() => toZonedDateTime(new Date(), "Mars/Olympus_Mons")).toThrow('Unknown time zone "Mars/Olympus_Mons"')
  })

  it("COUPON-36 formatZonedDateTime shows the local date and minute", () => {
    expect(formatZonedDateTime(at("2026-12-01T01:00:59.999Z"), "Asia/Tokyo")).toBe("2026-12-01 10:00")
  })
})

describe("relative validity: N days from the send, to 23:59:59 local (COUPON-7)", () => {
  it.each([
    // The SPEC example: sent Jan 1 15:00 with 10 days → until Jan 11 23:59:59 (local).
    ["Asia/Tokyo", "2026-01-01T06:00:00.000Z", 10, "2026-01-11T14:59:59.999Z", "2026-01-11"],
    ["UTC", "2026-01-01T15:00:00.000Z", 10, "2026-01-11T23:59:59.999Z", "2026-01-11"],
    // Sent just before local midnight: the local date of the send counts, not the UTC one.
    ["Asia/Tokyo", "2026-01-01T14:59:59.999Z", 1, "2026-01-02T14:59:59.999Z", "2026-01-02"],
    ["Asia/Tokyo", "2026-01-01T15:00:00.000Z", 1, "2026-01-03T14:59:59.999Z", "2026-01-03"],
    // Europe/Berlin across the spring change (Mar 29): sent in CET, ends in CEST.
    ["Europe/Berlin", "2026-03-20T14:00:00.000Z", 10, "2026-03-30T21:59:59.999Z", "2026-03-30"],
    // … and across the autumn change (Oct 25): sent in CEST, ends in CET.
    ["Europe/Berlin", "2026-10-20T13:00:00.000Z", 10, "2026-10-30T22:59:59.999Z", "2026-10-30"],
    // Ending on the very day of a change.
    ["Europe/Berlin", "2026-03-28T10:00:00.000Z", 1, "2026-03-29T21:59:59.999Z", "2026-03-29"],
    ["America/New_York", "2026-03-01T17:00:00.000Z", 10, "2026-03-12T03:59:59.999Z", "2026-03-11"],
    ["America/New_York", "2026-10-31T16:00:00.000Z", 1, "2026-11-02T04:59:59.999Z", "2026-11-01"],
    // A send late in the evening in New York is already the next day in UTC.
    ["America/New_York", "2026-01-02T03:00:00.000Z", 1, "2026-01-03T04:59:59.999Z", "2026-01-02"],
    // Pacific/Auckland: UTC+13 in summer, DST ends Apr 5.
    ["Pacific/Auckland", "2026-04-01T00:00:00.000Z", 5, "2026-04-06T11:59:59.999Z", "2026-04-06"],
    // Across a year end and a leap day.
    ["Asia/Tokyo", "2027-12-25T03:00:00.000Z", 10, "2028-01-04T14:59:59.999Z", "2028-01-04"],
    ["UTC", "2028-02-20T12:00:00.000Z", 9, "2028-02-29T23:59:59.999Z", "2028-02-29"],
    // The longest: 365 days.
    ["Asia/Tokyo", "2026-01-01T06:00:00.000Z", 365, "2027-01-01T14:59:59.999Z", "2027-01-01"],
  ])("COUPON-7 in %s, sent %s with %i days → valid until %s (local %s 23:59:59.999)", (tz, sent, days, expected, localDate) => {
    const end = relativeValidityEnd(at(sent), days, tz)
    expect(end.toISOString()).toBe(expected)
    const local = toZonedDateTime(end, tz)
    const [y, m, d] = localDate.split("-").map(Number)
    expect(local).toEqual({ year: y, month: m, day: d, hour: 23, minute: 59, second: 59, millisecond: 999 })
    // One millisecond later is the next local day.
    expect(toZonedDateTime(end.getTime() + 1, tz)).toMatchObject({ hour: 0, minute: 0, second: 0 })
  })

  it("COUPON-7 for every send of two years, in zones with and without DST, the end is the last ms of send date + N days", () => {
    const zones = ["Asia/Tokyo", "Europe/Berlin", "America/New_York", "UTC", "Pacific/Auckland", "America/Santiago"]
    const failures: string[] = []
    for (const tz of zones) {
      for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * HOUR + 13 * 60 * 1000) {
        const sent = toZonedDateTime(t, tz)
        const end = relativeValidityEnd(new Date(t), 3, tz)
        const local = toZonedDateTime(end, tz)
        const next = toZonedDateTime(end.getTime() + 1, tz)
        const expected = new Date(Date.UTC(sent.year, sent.month - 1, sent.day + 3))
        const sameDay =
          local.year === expected.getUTCFullYear() &&
          local.month === expected.getUTCMonth() + 1 &&
          local.day === expected.getUTCDate()
        if (!sameDay || next.day === local.day) {
          failures.push(`${tz} ${new Date(t).toISOString()} → ${end.toISOString()}`)
        }
      }
    }
    expect(failures).toEqual([])
  })

  it.each([-1, 1.5, Number.NaN])("COUPON-7 relativeValidityEnd refuses %p days", (days) => {
    expect(() => relativeValidityEnd(new Date(), days, "UTC")).toThrow(RangeError)
  })
})

describe("status derived from time (COUPON-16)", () => {
  const start = "2026-12-01T00:00:00.000Z"
  const end = "2026-12-31T00:00:00.000Z"
  const fixedWindow: CouponStatusInput = { validity_type: "window", code_mode: "fixed", starts_at: start, ends_at: end }
  const individualWindow: CouponStatusInput = { ...fixedWindow, code_mode: "individual" }
  const relative: CouponStatusInput = { validity_type: "relative", code_mode: "individual" }

  it.each([
    ["fixed window, 1 ms before the start", "2026-11-30T23:59:59.999Z", "scheduled", fixedWindow],
    ["fixed window, exactly at the start", start, "active", fixedWindow],
    ["fixed window, inside", "2026-12-15T00:00:00.000Z", "active", fixedWindow],
    ["fixed window, 1 ms before the end", "2026-12-30T23:59:59.999Z", "active", fixedWindow],
    ["fixed window, exactly at the end", end, "ended", fixedWindow],
    ["fixed window, after the end", "2027-06-01T00:00:00.000Z", "ended", fixedWindow],
    ["fixed window given as Dates", "2026-12-15T00:00:00.000Z", "active", { ...fixedWindow, starts_at: at(start), ends_at: at(end) }],
    ["individual window, no code issued, inside the window", "2026-12-15T00:00:00.000Z", "scheduled", { ...individualWindow, codes_issued: 0 }],
    ["individual window, codes issued, inside the window", "2026-12-15T00:00:00.000Z", "active", { ...individualWindow, codes_issued: 250 }],
    ["individual window, codes issued (boolean), inside", "2026-12-15T00:00:00.000Z", "active", { ...individualWindow, codes_issued: true }],
    ["individual window, codes issued before the start", "2026-11-15T00:00:00.000Z", "scheduled", { ...individualWindow, codes_issued: 3 }],
    ["individual window, codes issued, at the end", end, "ended", { ...individualWindow, codes_issued: 3 }],
    ["individual window, never issued, past the end", "2027-01-01T00:00:00.000Z", "ended", { ...individualWindow, codes_issued: 0 }],
    ["relative, no code issued", "2026-12-15T00:00:00.000Z", "scheduled", { ...relative, codes_issued: 0 }],
    ["relative, no code issued (null)", "2026-12-15T00:00:00.000Z", "scheduled", { ...relative, codes_issued: null }],
    ["relative, issued, before the last expiry", "2026-12-20T14:59:59.998Z", "active", { ...relative, codes_issued: 5, last_code_expires_at: "2026-12-20T14:59:59.999Z" }],
    ["relative, issued, at the last expiry", "2026-12-20T14:59:59.999Z", "ended", { ...relative, codes_issued: 5, last_code_expires_at: "2026-12-20T14:59:59.999Z" }],
    ["relative, issued, expiry unknown", "2030-01-01T00:00:00.000Z", "active", { ...relative, codes_issued: 5 }],
    ["window without an end", "2099-01-01T00:00:00.000Z", "active", { ...fixedWindow, ends_at: null }],
  ] as [string, string, string, CouponStatusInput][])("COUPON-16 %s, at %s → %s", (_label, now, status, coupon) => {
    expect(couponStatus(coupon, at(now))).toBe(status)
  })
})

describe("purge 3 years after the end (COUPON-19)", () => {
  it.each([
    ["2026-12-31T00:00:00.000Z", "2029-12-30T23:59:59.999Z", false],
    ["2026-12-31T00:00:00.000Z", "2029-12-31T00:00:00.000Z", true],
    ["2026-12-31T00:00:00.000Z", "2031-01-01T00:00:00.000Z", true],
    ["2028-02-29T12:00:00.000Z", "2031-02-28T11:59:59.999Z", false],
    ["2028-02-29T12:00:00.000Z", "2031-02-28T12:00:00.000Z", true],
    [null, "2100-01-01T00:00:00.000Z", false],
  ])("COUPON-19 ended at %s, at %s purge due = %p", (ends, now, due) => {
    expect(isPurgeDue(ends, at(now))).toBe(due)
  })

  it("COUPON-19 purgeDueAt is 36 calendar months after the end", () => {
    expect(purgeDueAt(at("2026-05-31T10:00:00.000Z")).toISOString()).toBe("2029-05-31T10:00:00.000Z")
  })
})

describe("date parsing helper (COUPON-7)", () => {
  it.each([
    [null, null],
    [undefined, null],
    ["", null],
    ["not a date", null],
    ["2026-12-01T00:00:00.000Z", "2026-12-01T00:00:00.000Z"],
    [new Date("2026-12-01T00:00:00.000Z"), "2026-12-01T00:00:00.000Z"],
  ])("COUPON-7 toDateOrNull(%p)", (value, expected) => {
    expect(toDateOrNull(value)?.toISOString() ?? null).toBe(expected)
  })
})

describe("dates and lead times for merchants", () => {
  it.each([
    ["2026-12-02T07:00:00.000Z", "Asia/Tokyo", "down", "2 Dec 2026, 16:00 (Asia/Tokyo)"],
    ["2026-12-02T07:00:30.000Z", "Asia/Tokyo", "down", "2 Dec 2026, 16:00 (Asia/Tokyo)"],
    ["2026-12-02T07:00:30.000Z", "Asia/Tokyo", "up", "2 Dec 2026, 16:01 (Asia/Tokyo)"],
    ["2026-12-31T15:00:00.000Z", "Asia/Tokyo", "down", "1 Jan 2027, 00:00 (Asia/Tokyo)"],
    ["2026-07-01T12:05:00.000Z", "Europe/Berlin", "up", "1 Jul 2026, 14:05 (Europe/Berlin)"],
    ["2026-03-09T23:59:59.999Z", "UTC", "up", "10 Mar 2026, 00:00 (UTC)"],
  ] as const)("formatStoreDateTime(%s, %s, %s) = %p", (iso, tz, round, expected) => {
    expect(formatStoreDateTime(new Date(iso), tz, round)).toBe(expected)
  })

  it("formatStoreTime shows the wall-clock time only; isSameZonedDay reads days in the zone", () => {
    expect(formatStoreTime(new Date("2026-12-02T07:42:00Z"), "Asia/Tokyo")).toBe("16:42 (Asia/Tokyo)")
    // 14:30 UTC and 15:30 UTC are two different days in Tokyo (23:30 / 00:30).
    expect(isSameZonedDay(new Date("2026-12-02T14:30:00Z"), new Date("2026-12-02T15:30:00Z"), "Asia/Tokyo")).toBe(false)
    expect(isSameZonedDay(new Date("2026-12-02T14:30:00Z"), new Date("2026-12-02T15:30:00Z"), "UTC")).toBe(true)
  })

  it.each([
    [0, "now"],
    [1, "1 minute"],
    [45, "45 minutes"],
    [60, "1 hour"],
    [90, "90 minutes"],
    [120, "2 hours"],
    [1440, "1 day"],
    [1500, "1 day 1 hour"],
    [2880, "2 days"],
  ])("formatLeadMinutes(%i) = %p", (minutes, expected) => {
    expect(formatLeadMinutes(minutes)).toBe(expected)
  })
})
