import {
  cancelRefusal,
  cancellableUntil,
  canTransition,
  directCapRefusal,
  finalPushStatus,
  isCancellable,
  isPushSlot,
  nextFreeInstant,
  pushSlots,
  quotaBlocker,
  quotaRefusal,
  sendAtLabel,
  slotRefusal,
  type PushScheduleRow,
} from "../../domain/pushes"

const DAY = 24 * 3600_000

describe("PUSH-7 pushSlots(now, zone)", () => {
  it.each<[string, string, string, string[], number]>([
    // zone, now, expected dates, slots on each day
    ["Asia/Tokyo", "2026-12-02T16:00:00Z", "Fri 4 Dec 2026", ["2026-12-04", "2026-12-05", "2026-12-06"], 25], // 01:00 Tokyo on the 3rd: tomorrow is the 4th
    ["Asia/Tokyo", "2026-12-02T14:00:00Z", "Thu 3 Dec 2026", ["2026-12-03", "2026-12-04", "2026-12-05"], 25], // 23:00 Tokyo on the 2nd
    ["UTC", "2026-12-31T12:00:00Z", "Fri 1 Jan 2027", ["2027-01-01", "2027-01-02", "2027-01-03"], 25],
    ["America/New_York", "2026-03-07T12:00:00Z", "Sun 8 Mar 2026", ["2026-03-08", "2026-03-09", "2026-03-10"], 25], // the DST day: 10:00-22:00 unaffected
  ])("%s at %s", (zone, now, firstLabel, dates, perDay) => {
    const days = pushSlots(new Date(now), zone)
    expect(days.map((d) => d.date)).toEqual(dates)
    expect(days[0].date_label).toBe(firstLabel)
    for (const d of days) {
      expect(d.times).toHaveLength(perDay)
      expect(d.times[0].label).toBe("10:00")
      expect(d.times[d.times.length - 1].label).toBe("22:00")
    }
  })

  it("slots are wall-clock times in the zone, also across a DST change (Europe/Berlin, 25 Oct 2026)", () => {
    const days = pushSlots(new Date("2026-10-24T08:00:00Z"), "Europe/Berlin")
    expect(days[0].date).toBe("2026-10-25")
    // before the change CEST (+2) on the 24th is not offered; on the 25th CET (+1): 10:00 = 09:00Z
    expect(days[0].times[0].send_at.toISOString()).toBe("2026-10-25T09:00:00.000Z")
    expect(days[1].times[0].send_at.toISOString()).toBe("2026-10-26T09:00:00.000Z")
  })

  it("no slot is lost or doubled on a DST change day (Lord Howe changes by 30 minutes at 02:00)", () => {
    const days = pushSlots(new Date("2026-03-28T00:00:00Z"), "Australia/Lord_Howe")
    expect(days.every((d) => d.times.length === 25)).toBe(true)
  })

  it.each<[string, string, boolean]>([
    ["2026-12-03T01:00:00Z", "10:00 Tokyo tomorrow", true],
    ["2026-12-03T13:00:00Z", "22:00 Tokyo tomorrow", true],
    ["2026-12-03T13:30:00Z", "22:30 Tokyo: after the last slot", false],
    ["2026-12-03T00:30:00Z", "09:30 Tokyo: before the first slot", false],
    ["2026-12-03T01:15:00Z", "10:15: not on a half hour", false],
    ["2026-12-02T05:00:00Z", "today 14:00", false],
    ["2026-12-05T13:00:00Z", "+3 days 22:00", true],
    ["2026-12-06T01:00:00Z", "+4 days", false],
  ])("isPushSlot(%s) — %s", (sendAt, _why, ok) => {
    const now = new Date("2026-12-02T03:00:00Z") // 12:00 Tokyo on the 2nd
    expect(isPushSlot(new Date(sendAt), now, "Asia/Tokyo")).toBe(ok)
    expect(slotRefusal(new Date(sendAt), now, "Asia/Tokyo") === null).toBe(ok)
  })

  it("the slot refusal speaks in store time, names the range, no ISO timestamps", () => {
    const msg = slotRefusal(new Date("2026-12-06T01:00:00Z"), new Date("2026-12-02T03:00:00Z"), "Asia/Tokyo")!
    expect(msg).toMatch(/^send_at: /)
    expect(msg).toContain("Thu 3 Dec 2026")
    expect(msg).toContain("Sat 5 Dec 2026")
    expect(msg).toContain("Sun 6 Dec 2026, 10:00 (Asia/Tokyo)")
    expect(msg).not.toMatch(/\d{4}-\d{2}-\d{2}T/)
  })

  it("labels: weekday, day, month, year, time, zone", () => {
    expect(sendAtLabel(new Date("2026-12-03T01:30:00Z"), "Asia/Tokyo")).toBe("Thu 3 Dec 2026, 10:30 (Asia/Tokyo)")
  })
})

describe("PUSH-8 weekly quota", () => {
  const at = (iso: string) => new Date(iso)
  const base: PushScheduleRow = { id: "p1", type: "advertising", status: "scheduled", send_at: "2026-12-03T01:00:00Z", name: "Winter sale" }
  it.each<[string, Partial<PushScheduleRow>, string, boolean]>([
    ["same time", {}, "2026-12-03T01:00:00Z", true],
    ["6 days 23:30 later", {}, "2026-12-10T00:30:00Z", true],
    ["exactly 7 days later: free", {}, "2026-12-10T01:00:00Z", false],
    ["6 days 23:30 before", {}, "2026-11-26T01:30:00Z", true],
    ["exactly 7 days before: free", {}, "2026-11-26T01:00:00Z", false],
    ["a cancelled push does not count", { status: "cancelled" }, "2026-12-04T01:00:00Z", false],
    ["a sent push counts", { status: "sent" }, "2026-12-04T01:00:00Z", true],
    ["a sending push counts", { status: "sending" }, "2026-12-04T01:00:00Z", true],
    ["a compensation push counts", { type: "compensation" }, "2026-12-04T01:00:00Z", true],
    ["a direct push does not count", { type: "direct" }, "2026-12-04T01:00:00Z", false],
  ])("%s", (_why, over, sendAt, blocked) => {
    expect(quotaBlocker(at(sendAt), [{ ...base, ...over }])?.id ?? null).toBe(blocked ? "p1" : null)
  })

  it("a push never blocks itself (editing), and direct pushes are never refused by it", () => {
    expect(quotaBlocker(at("2026-12-03T01:00:00Z"), [base], "p1")).toBeNull()
    expect(quotaRefusal("direct", at("2026-12-03T01:00:00Z"), [base], "Asia/Tokyo")).toBeNull()
  })

  it("the refusal names the push in the way and when the next time frees, in store time", () => {
    const msg = quotaRefusal("advertising", at("2026-12-05T01:00:00Z"), [base], "Asia/Tokyo")!
    expect(msg).toMatch(/^send_at: /)
    expect(msg).toContain('advertising push "Winter sale" is scheduled for Thu 3 Dec 2026, 10:00 (Asia/Tokyo)')
    expect(msg).toContain("The next free time is Thu 10 Dec 2026, 10:00 (Asia/Tokyo) or later.")
    expect(msg).not.toMatch(/\d{4}-\d{2}-\d{2}T/)
  })

  it("the next free time walks past a chain of pushes", () => {
    const chain = [base, { ...base, id: "p2", send_at: "2026-12-10T02:00:00Z" }]
    expect(nextFreeInstant(at("2026-12-10T01:00:00Z"), chain).toISOString()).toBe("2026-12-17T02:00:00.000Z")
  })
})

describe("PUSH-10 cancel window", () => {
  const push = { status: "scheduled", send_at: "2026-12-04T01:00:00Z" }
  it.each<[string, string, boolean]>([
    ["2 days before", "2026-12-02T01:00:00Z", true],
    ["24 h 1 min before", "2026-12-03T00:59:00Z", true],
    ["exactly 24 h before: closed", "2026-12-03T01:00:00Z", false],
    ["an hour before", "2026-12-04T00:00:00Z", false],
  ])("%s", (_why, now, ok) => {
    expect(isCancellable(push, new Date(now))).toBe(ok)
    expect(cancelRefusal(push, new Date(now), "Asia/Tokyo") === null).toBe(ok)
  })
  it("the refusal says when cancelling closed, in store time", () => {
    expect(cancellableUntil(push.send_at).getTime()).toBe(new Date(push.send_at).getTime() - DAY)
    expect(cancelRefusal(push, new Date("2026-12-03T10:00:00Z"), "Asia/Tokyo")).toBe(
      "This push can no longer be cancelled: cancelling closed on Thu 3 Dec 2026, 10:00 (Asia/Tokyo), 24 hours before its send time Fri 4 Dec 2026, 10:00 (Asia/Tokyo)."
    )
  })
  it.each([["sending"], ["sent"], ["cancelled"], ["failed"]])("a %s push cannot be cancelled", (status) => {
    expect(cancelRefusal({ ...push, status }, new Date("2026-12-01T00:00:00Z"), "UTC")).toBeTruthy()
  })
})

describe("PUSH-11/12 status machine", () => {
  it.each<[string, string, boolean]>([
    ["scheduled", "sending", true],
    ["scheduled", "cancelled", true],
    ["sending", "sent", true],
    ["sending", "failed", true],
    ["sending", "cancelled", false],
    ["sent", "sending", false],
    ["cancelled", "sending", false],
    ["failed", "sent", false],
    ["scheduled", "sent", false],
  ])("%s → %s: %s", (from, to, ok) => expect(canTransition(from, to)).toBe(ok))

  const c = (queued: number, sent: number, failed: number, skipped = 0) => ({ queued, sent, failed, skipped })
  it.each<[string, Record<string, ReturnType<typeof c>>, string | null]>([
    ["still queued", { email: c(1, 2, 0), feed: c(0, 3, 0) }, null],
    ["all sent", { email: c(0, 3, 0), feed: c(0, 3, 0) }, "sent"],
    ["one channel failed, others sent", { email: c(0, 0, 3), feed: c(0, 3, 0) }, "sent"],
    ["everything failed", { email: c(0, 0, 3), feed: c(0, 0, 3) }, "failed"],
    ["nobody to send to", { email: c(0, 0, 0, 2) }, "sent"],
  ])("final status: %s", (_why, counts, status) => expect(finalPushStatus(counts)).toBe(status))
})

describe("PUSH-8 direct daily cap per channel", () => {
  it.each<[string, number, Record<string, number>, boolean]>([
    ["within", 10, { email: 85 }, true],
    ["exactly at the cap", 15, { email: 85 }, true],
    ["over", 16, { email: 85 }, false],
    ["a channel without cap is not counted", 10, { feed: 1_000_000 }, true],
  ])("%s", (_why, recipients, used, ok) => {
    const msg = directCapRefusal(["email", "feed"], recipients, used, { email: 100 }, "Thu 3 Dec 2026")
    expect(msg === null).toBe(ok)
    if (msg) expect(msg).toContain("at most 100 email messages a day")
  })
})

describe("PUSH-3 compensation order numbers", () => {
  const { cellsOfText, readOrderNumbers } = jest.requireActual("../../domain/pushes") as typeof import("../../domain/pushes")
  it("reads pasted text: header skipped, # allowed, blanks dropped, bad and duplicate rows named by row", () => {
    const { rows, errors } = readOrderNumbers(cellsOfText("order_number\n1001\n#1002\n\n abc \n1001\n0\n1003,extra"))
    expect(rows).toEqual([
      { row: 2, value: "1001", display_id: 1001 },
      { row: 3, value: "#1002", display_id: 1002 },
      { row: 8, value: "1003", display_id: 1003 },
    ])
    expect(errors).toEqual([
      { row: 5, value: "abc", reason: expect.stringMatching(/^Not an order number/) },
      { row: 6, value: "1001", reason: "Duplicate: order 1001 is already on row 2" },
      { row: 7, value: "0", reason: expect.stringMatching(/^Not an order number/) },
    ])
  })
  it("a first row that is a number is data, not a header", () => {
    expect(readOrderNumbers(cellsOfText("5\n6")).rows.map((r) => r.display_id)).toEqual([5, 6])
  })
})
