import {
  addDaysToWallClock,
  earliestStart,
  formatStoreDateTime,
  formatStoreTime,
  fromZonedInput,
  humanizeInstants,
  leadText,
  pickerDateToWallClock,
  toZonedInput,
  wallClockToPickerDate,
} from "../lib/dates"

// The admin's dates are on the store's clocks, whatever the browser's (here: the test process's) zone.
describe("admin dates on the store's clocks", () => {
  it("shows and reads a wall time in the store's zone", () => {
    expect(toZonedInput("2026-12-02T07:00:00.000Z", "Asia/Tokyo")).toBe("2026-12-02T16:00")
    expect(fromZonedInput("2026-12-02T16:00", "Asia/Tokyo")).toBe("2026-12-02T07:00:00.000Z")
    expect(formatStoreDateTime("2026-12-02T07:00:00.000Z", "Asia/Tokyo")).toBe("Dec 2, 2026, 4:00 PM")
    expect(formatStoreTime("2026-12-02T07:42:00.000Z", "Asia/Tokyo")).toBe("16:42")
    expect(formatStoreDateTime(null, "Asia/Tokyo")).toBe("…")
  })

  it("is DST-safe: offsets on either side of a change, a skipped hour moved forward, a doubled hour the earlier", () => {
    expect(fromZonedInput("2026-03-07T12:00", "America/New_York")).toBe("2026-03-07T17:00:00.000Z") // EST
    expect(fromZonedInput("2026-03-09T12:00", "America/New_York")).toBe("2026-03-09T16:00:00.000Z") // EDT
    expect(fromZonedInput("2026-03-08T02:30", "America/New_York")).toBe("2026-03-08T07:30:00.000Z") // gap → 03:30 EDT
    expect(fromZonedInput("2026-11-01T01:30", "America/New_York")).toBe("2026-11-01T05:30:00.000Z") // twice → EDT
    expect(toZonedInput("2026-03-08T07:30:00.000Z", "America/New_York")).toBe("2026-03-08T03:30")
    // 30 days later keeps the wall time across the change.
    expect(addDaysToWallClock("2026-02-20T10:00", 30)).toBe("2026-03-22T10:00")
  })

  it("keeps bad input as typed (the rules name it) and empty as null", () => {
    expect(fromZonedInput("", "Asia/Tokyo")).toBeNull()
    expect(fromZonedInput("tomorrow", "Asia/Tokyo")).toBe("tomorrow")
  })

  it("round-trips the picker's browser-local Date to the same wall time", () => {
    const d = wallClockToPickerDate("2026-12-02T16:42")
    expect(d).not.toBeNull()
    expect(pickerDateToWallClock(d)).toBe("2026-12-02T16:42")
    expect(wallClockToPickerDate("")).toBeNull()
    // A year being typed (2 → 20 → 202 → 2027) stays that year, not 1902.
    expect(pickerDateToWallClock(wallClockToPickerDate("0002-01-02T10:00"))).toBe("0002-01-02T10:00")
    expect(pickerDateToWallClock(wallClockToPickerDate("0202-01-02T10:00"))).toBe("0202-01-02T10:00")
  })

  it("gives the earliest start from the option, rounded up to the next minute plus the margin", () => {
    const now = Date.parse("2026-12-02T06:41:20.000Z")
    expect(earliestStart(60, now).toISOString()).toBe("2026-12-02T07:43:00.000Z")
    expect(earliestStart(60, now, 0).toISOString()).toBe("2026-12-02T07:42:00.000Z")
    expect(earliestStart(0, Date.parse("2026-12-02T06:41:00.000Z"), 0).toISOString()).toBe("2026-12-02T06:41:00.000Z")
    expect(leadText(60)).toBe("in 1 hour")
    expect(leadText(90)).toBe("in 90 minutes")
    expect(leadText(2880)).toBe("in 2 days")
    expect(leadText(0)).toBe("now")
  })

  it("puts the rules' ISO instants on the store's clocks", () => {
    expect(humanizeInstants("at least 1 hour after the start (2026-12-02T07:00:00.000Z or later)", "Asia/Tokyo")).toBe(
      "at least 1 hour after the start (Dec 2, 2026, 4:00 PM or later)"
    )
  })
})
