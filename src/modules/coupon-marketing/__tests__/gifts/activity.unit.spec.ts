import { activityIssues, giftStatus, grantsAt, newMembersFrom, overlapIssue, packageIssues, STORE_CREDIT_UNAVAILABLE, windowsOverlap } from "../../domain/gifts"
import type { GiftCouponFacts } from "../../domain/gifts"

const T0 = new Date("2026-12-10T00:00:00Z")
const at = (days: number, ms = 0) => new Date(T0.getTime() + days * 86400_000 + ms)

describe("GIFT-1 activity rules: name and the 3-day minimum", () => {
  it.each([
    ["a 3-day activity", "Welcome", at(0), at(3), []],
    ["3 days less 1 ms", "Welcome", at(0), at(3, -1), ["ends_at"]],
    ["end before start", "Welcome", at(3), at(0), ["ends_at"]],
    ["end equals start", "Welcome", at(1), at(1), ["ends_at"]],
    ["10 characters", "0123456789", at(0), at(5), []],
    ["11 characters", "0123456789A", at(0), at(5), ["name"]],
    ["10 wide characters", "开卡有礼开卡有礼开卡", at(0), at(5), []],
    ["blank name", "   ", at(0), at(5), ["name"]],
  ])("%s", (_label, name, starts_at, ends_at, fields) => {
    expect(activityIssues({ name: name as string, starts_at: starts_at as Date, ends_at: ends_at as Date }).map((i) => i.field)).toEqual(fields)
  })

  it("names the minimum in words", () => {
    expect(activityIssues({ name: "x", starts_at: at(0), ends_at: at(2) })[0].message).toBe("ends_at: the activity must last at least 3 days")
  })
})

describe("GIFT-1 status from time and the close", () => {
  const a = { starts_at: at(0), ends_at: at(3) }
  it.each([
    ["before the start", a, at(-1), "scheduled"],
    ["at the start", a, at(0), "active"],
    ["1 ms before the end", a, at(3, -1), "active"],
    ["at the end", a, at(3), "ended"],
    ["a draft in its window", { ...a, draft: true }, at(1), "draft"],
    ["closed in its window, from the close on", { ...a, closed_at: at(1) }, at(1), "closed"],
    ["closed later: still active before the close", { ...a, closed_at: at(2) }, at(1), "active"],
    ["closed after it ended", { ...a, closed_at: at(5) }, at(6), "closed"],
  ])("%s", (_label, activity, now, status) => {
    expect(giftStatus(activity as never, now as Date)).toBe(status)
  })

  it("grants only while active", () => {
    expect(grantsAt({ ...a, closed_at: at(1) }, at(1))).toBe(false)
    expect(grantsAt({ ...a, closed_at: at(1) }, at(1, -1))).toBe(true)
    expect(grantsAt(a, at(3))).toBe(false)
  })

  it.each([
    ["created before its start: from the start", at(-2), at(0), at(0)],
    ["created with a start in the past: from its creation", at(1, 3600_000), at(0), at(1, 3600_000)],
    ["created at its start", at(0), at(0), at(0)],
  ])("new members count %s", (_case, created_at, starts_at, from) => {
    expect(newMembersFrom({ starts_at, created_at })).toEqual(from)
  })
})

describe("GIFT-1 overlap edges", () => {
  const other = { id: "g1", name: "Autumn", starts_at: at(10), ends_at: at(20) }
  it.each([
    ["ends exactly when the other starts", at(7), at(10), false],
    ["starts exactly when the other ends", at(20), at(23), false],
    ["ends 1 ms into the other", at(7), at(10, 1), true],
    ["starts 1 ms before the other ends", at(20, -1), at(23), true],
    ["inside the other", at(12), at(15), true],
    ["around the other", at(5), at(25), true],
  ])("%s", (_label, starts_at, ends_at, overlaps) => {
    expect(windowsOverlap({ starts_at: starts_at as Date, ends_at: ends_at as Date }, other)).toBe(overlaps)
    const issue = overlapIssue({ starts_at: starts_at as Date, ends_at: ends_at as Date }, [other], at(0), "Asia/Tokyo")
    expect(Boolean(issue)).toBe(overlaps)
    if (issue) expect(issue.message).toContain('"Autumn"')
  })

  it.each([
    ["a closed one", { ...other, closed_at: at(-1) }],
    ["an ended one", { ...other, starts_at: at(-10), ends_at: at(-5) }],
    ["a draft", { ...other, draft: true }],
  ])("does not count %s", (_label, o) => {
    expect(overlapIssue({ starts_at: at(12), ends_at: at(15) }, [o as never], at(0), "UTC")).toBeNull()
  })

  it("skips the activity itself (an edit) and refuses nothing for a draft", () => {
    expect(overlapIssue({ starts_at: at(12), ends_at: at(15) }, [other], at(0), "UTC", "g1")).toBeNull()
    expect(overlapIssue({ starts_at: at(12), ends_at: at(15), draft: true }, [other], at(0), "UTC")).toBeNull()
  })

  it("names the other activity's dates in the store zone, no ISO timestamps", () => {
    const issue = overlapIssue({ starts_at: at(12), ends_at: at(15) }, [other], at(0), "Asia/Tokyo")!
    expect(issue.field).toBe("starts_at")
    expect(issue.message).toContain("Sun 20 Dec 2026")
    expect(issue.message).not.toMatch(/\d{4}-\d{2}-\d{2}T/)
  })
})

describe("GIFT-2 / GIFT-3 package rules", () => {
  const activity = { starts_at: at(0), ends_at: at(5) }
  const coupon = (over: Partial<GiftCouponFacts> = {}): GiftCouponFacts => ({
    id: "c1", name: "Welcome 500", code_mode: "individual", validity_type: "relative", valid_days: 30, benefit_type: "fixed_amount",
    starts_at: at(-1), ends_at: at(10), deleted: false, ...over,
  })
  const fs = coupon({ id: "c2", name: "Ship free", benefit_type: "free_shipping" })
  const ctx = (c: GiftCouponFacts[] = [coupon(), fs], storeCredit = false) => ({ activity, coupons: new Map(c.map((x) => [x.id, x])), storeCredit, timeZone: "UTC" })
  const fields = (prizes: unknown[], c = ctx()) => packageIssues(prizes as never, c).map((i) => i.field)

  it.each([
    ["points only", [{ type: "points", amount: 200 }], []],
    ["three different", [{ type: "points", amount: 1 }, { type: "coupon", coupon_id: "c1" }, { type: "free_shipping", coupon_id: "c2" }], []],
    ["none", [], ["prizes"]],
    ["four", [{ type: "points", amount: 1 }, { type: "coupon", coupon_id: "c1" }, { type: "free_shipping", coupon_id: "c2" }, { type: "points", amount: 2 }], ["prizes", "prizes.3.type"]],
    ["same type twice", [{ type: "points", amount: 1 }, { type: "points", amount: 2 }], ["prizes.1.type"]],
    ["0 points", [{ type: "points", amount: 0 }], ["prizes.0.amount"]],
    ["unknown coupon", [{ type: "coupon", coupon_id: "nope" }], ["prizes.0.coupon_id"]],
    ["free-shipping coupon as a coupon", [{ type: "coupon", coupon_id: "c2" }], ["prizes.0.coupon_id"]],
    ["amount coupon as free shipping", [{ type: "free_shipping", coupon_id: "c1" }], ["prizes.0.coupon_id"]],
    ["store credit without the loyalty plugin", [{ type: "store_credit", amount: 10, currency_code: "usd" }], ["prizes.0.type"]],
  ])("%s", (_label, prizes, expected) => {
    expect(fields(prizes as unknown[])).toEqual(expected)
  })

  it.each([
    ["a fixed-window coupon", coupon({ validity_type: "window", valid_days: null })],
    ["a shared-code coupon", coupon({ code_mode: "fixed" })],
    ["a coupon that starts after the activity", coupon({ starts_at: at(1) })],
    ["a coupon that ends before the activity", coupon({ ends_at: at(4) })],
  ])("refuses %s", (_label, c) => {
    expect(fields([{ type: "coupon", coupon_id: "c1" }], ctx([c]))).toEqual(["prizes.0.coupon_id"])
  })

  it("accepts a coupon with no window limits", () => {
    expect(fields([{ type: "coupon", coupon_id: "c1" }], ctx([coupon({ starts_at: null, ends_at: null })]))).toEqual([])
  })

  it("store credit: says why it is unavailable, accepted with the loyalty plugin", () => {
    const p = [{ type: "store_credit", amount: 10, currency_code: "usd" }]
    expect(packageIssues(p as never, ctx())[0].message).toBe(`prizes.0.type: ${STORE_CREDIT_UNAVAILABLE}`)
    expect(fields(p, ctx(undefined, true))).toEqual([])
  })
})
