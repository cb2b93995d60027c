import { packageIssues, type GiftCouponFacts } from "../../../../modules/coupon-marketing/domain/gifts"
import { parseFieldErrors } from "../../../lib/form-errors"
import {
  type GiftCouponCandidate,
  type GiftFormValues,
  type PrizeRow,
  addableTypes,
  compliantCoupons,
  domId,
  giftCouponProblem,
  giftFormErrors,
  giftServerErrors,
  initialGiftValues,
  newPrize,
  shiftPrizeErrors,
  startNow,
  toGiftBody,
} from "../gift-form-state"
import { chartDays, statsAreEmpty } from "../gift-stats-data"

const TZ = "Asia/Tokyo"
const row = (type: PrizeRow["type"], patch: Partial<PrizeRow> = {}): PrizeRow => ({ ...newPrize(type), ...patch })
const values = (patch: Partial<GiftFormValues> = {}): GiftFormValues => ({
  name: "Welcome",
  starts_at: "2026-12-03T10:00",
  ends_at: "2026-12-10T10:00",
  draft: false,
  prizes: [row("points", { amount: "200" })],
  ...patch,
})

// The sign-up gift form's own rules, its request body and the server's refusals under the fields.
describe("gift form state", () => {
  it("a new gift starts at the current minute on the store's clocks and lasts a week, with no prize", () => {
    const now = new Date("2026-12-03T01:02:45.123Z") // 10:02:45 in Tokyo
    expect(startNow(TZ, now)).toBe("2026-12-03T10:02")
    expect(initialGiftValues(TZ, undefined, now)).toEqual({ name: "", starts_at: "2026-12-03T10:02", ends_at: "2026-12-10T10:02", draft: false, prizes: [] })
  })

  it("an edited gift comes back as it was stored", () => {
    const v = initialGiftValues(TZ, {
      id: "cmgift_1",
      name: "Welcome",
      status: "scheduled",
      starts_at: "2026-12-04T15:00:00.000Z",
      ends_at: "2026-12-11T15:00:00.000Z",
      closed_at: null,
      draft: true,
      prizes: [
        { type: "points", amount: 200 },
        { type: "free_shipping", coupon_id: "cmcpn_fs" },
        { type: "store_credit", amount: 500, currency_code: "jpy" },
      ],
      prize_views: [],
      grants: 0,
      created_at: "",
      updated_at: "",
    })
    expect(v).toMatchObject({ name: "Welcome", starts_at: "2026-12-05T00:00", ends_at: "2026-12-12T00:00", draft: true })
    expect(v.prizes.map(({ key: _key, ...p }) => p)).toEqual([
      { type: "points", amount: "200", coupon_id: null, currency_code: "" },
      { type: "free_shipping", amount: "", coupon_id: "cmcpn_fs", currency_code: "" },
      { type: "store_credit", amount: "500", coupon_id: null, currency_code: "jpy" },
    ])
  })

  it("builds the request body: the name trimmed, the window as instants of the store's zone, each prize with its own fields", () => {
    const body = toGiftBody(
      values({
        name: "  Welcome ",
        draft: true,
        prizes: [
          row("points", { amount: "200" }),
          row("coupon", { coupon_id: "cmcpn_1" }),
          row("free_shipping", { coupon_id: "cmcpn_2" }),
          row("store_credit", { amount: "1500.5", currency_code: "JPY" }),
        ],
      }),
      TZ
    )
    expect(body).toEqual({
      name: "Welcome",
      starts_at: "2026-12-03T01:00:00.000Z",
      ends_at: "2026-12-10T01:00:00.000Z",
      draft: true,
      prizes: [
        { type: "points", amount: 200 },
        { type: "coupon", coupon_id: "cmcpn_1" },
        { type: "free_shipping", coupon_id: "cmcpn_2" },
        { type: "store_credit", amount: 1500.5, currency_code: "jpy" },
      ],
    })
  })

  it("each type once, at most 3 prizes", () => {
    expect(addableTypes([])).toEqual(["points", "coupon", "free_shipping", "store_credit"])
    expect(addableTypes([row("coupon")])).toEqual(["points", "free_shipping", "store_credit"])
    expect(addableTypes([row("coupon"), row("points"), row("free_shipping")])).toEqual([])
  })

  it.each<[string, Partial<GiftFormValues>, boolean, Record<string, string>]>([
    ["a complete gift", {}, false, {}],
    ["a name over 10 characters (the domain's words)", { name: "Welcome gift!" }, false, { name: "At most 10 characters (this one has 13)" }],
    ["no name", { name: "  " }, false, { name: "Give the activity a name" }],
    ["an end 2 days after the start", { ends_at: "2026-12-05T10:00" }, false, { ends_at: "The activity must last at least 3 days" }],
    ["an end before the start", { ends_at: "2026-12-01T10:00" }, false, { ends_at: "The activity must end after it starts" }],
    ["no start", { starts_at: "" }, false, { starts_at: "Choose when the gift starts." }],
    ["no prize", { prizes: [] }, false, { prizes: "Add at least one prize to the package." }],
    ["points not whole", { prizes: [row("points", { amount: "1.5" })] }, false, { "prizes.0.amount": "Enter a whole number of points, at least 1." }],
    ["no coupon picked", { prizes: [row("points", { amount: "5" }), row("coupon")] }, false, { "prizes.1.coupon_id": "Choose the coupon new members get." }],
    [
      "store credit where the store has none",
      { prizes: [row("store_credit", { amount: "100", currency_code: "jpy" })] },
      false,
      { "prizes.0.type": "This store cannot give store credit: remove this prize." },
    ],
    [
      "store credit without an amount or a currency",
      { prizes: [row("store_credit", { amount: "0" })] },
      true,
      { "prizes.0.amount": "Enter an amount more than 0 and at most 1,000,000.", "prizes.0.currency_code": "Choose a currency." },
    ],
  ])("%s", (_name, patch, storeCredit, expected) => {
    expect(giftFormErrors(values(patch), TZ, storeCredit)).toEqual(expected)
  })

  it("puts the server's refusals under the fields they name, a prize's by its index", () => {
    const message =
      'prizes.1.coupon_id: "Spring" uses one shared code; a gift coupon must use individual codes (one per new member); ends_at: the activity must last at least 3 days'
    expect(giftServerErrors(message, 2)).toEqual({
      fields: {
        "prizes.1.coupon_id": '"Spring" uses one shared code; a gift coupon must use individual codes (one per new member)',
        ends_at: "The activity must last at least 3 days",
      },
      other: [],
    })
    // The overlap names the other activity (under the start); Medusa's validation names nested paths with commas.
    expect(giftServerErrors('starts_at: the activity "Autumn" already runs from Sat Dec 5 2026; only one sign-up gift may run at a time', 1).fields).toEqual({
      starts_at: 'The activity "Autumn" already runs from Sat Dec 5 2026; only one sign-up gift may run at a time',
    })
    expect(giftServerErrors("Invalid request: Value for field 'prizes, 0, amount' too small, expected at least: '1'", 1).fields).toEqual({
      "prizes.0.amount": "Value for field 'prizes, 0, amount' too small, expected at least: '1'",
    })
    // The validators' messages name no index: under the package.
    expect(giftServerErrors("Invalid request: prizes.amount: at least 1 point", 1).fields).toEqual({ prizes: "At least 1 point" })
    expect(giftServerErrors("This activity is closed; it can no longer be changed. Create a new one instead.", 1)).toEqual({
      fields: {},
      other: ["This activity is closed; it can no longer be changed. Create a new one instead."],
    })
  })

  it("the shared parser keeps its plain fields as before", () => {
    expect(parseFieldErrors("name: too long; code: taken", ["name", "code"] as const)).toEqual({ fields: { name: "too long", code: "taken" }, other: [] })
    expect(parseFieldErrors("Invalid request: Value for field 'amount' too big, expected at most: '10'", ["amount"] as const).fields).toEqual({
      amount: "Value for field 'amount' too big, expected at most: '10'",
    })
  })

  it("a removed prize takes its errors with it; the later ones move up", () => {
    expect(shiftPrizeErrors({ name: "n", "prizes.0.amount": "a", "prizes.1.coupon_id": "b", "prizes.2.amount": "c" }, 1)).toEqual({
      name: "n",
      "prizes.0.amount": "a",
      "prizes.1.amount": "c",
    })
    expect(domId("prizes.0.coupon_id")).toBe("prizes_0_coupon_id")
  })
})

// GIFT-3: the coupon picker offers only what the server accepts.
describe("compliant gift coupons", () => {
  const window = { starts_at: new Date("2026-12-03T01:00:00Z"), ends_at: new Date("2026-12-10T01:00:00Z") }
  const good: GiftCouponCandidate = {
    id: "cmcpn_1",
    name: "Welcome 500",
    status: "scheduled",
    code_mode: "individual",
    validity_type: "relative",
    valid_days: 30,
    benefit_type: "fixed_amount",
    starts_at: null,
    ends_at: null,
  }
  const cases: [string, Partial<GiftCouponCandidate>, "coupon" | "free_shipping", string | null][] = [
    ["individual codes, relative validity", {}, "coupon", null],
    ["active", { status: "active" }, "coupon", null],
    ["ended", { status: "ended" }, "coupon", "it has ended"],
    ["one shared code", { code_mode: "fixed" }, "coupon", "it uses one shared code"],
    ["fixed dates", { validity_type: "window", valid_days: null }, "coupon", "it is valid between fixed dates, not a number of days after it is given"],
    ["free shipping as a coupon prize", { benefit_type: "free_shipping" }, "coupon", "it gives free shipping (choose it as the free-shipping prize)"],
    ["free shipping as the free-shipping prize", { benefit_type: "free_shipping" }, "free_shipping", null],
    ["an amount off as the free-shipping prize", {}, "free_shipping", "it does not give free shipping"],
    ["its window covers the activity", { starts_at: "2026-12-01T00:00:00Z", ends_at: "2026-12-31T00:00:00Z" }, "coupon", null],
    ["it starts after the activity", { starts_at: "2026-12-04T00:00:00Z" }, "coupon", "its own window does not cover the whole activity"],
    ["it ends before the activity", { ends_at: "2026-12-09T00:00:00Z" }, "coupon", "its own window does not cover the whole activity"],
  ]

  it.each(cases)("%s", (_name, patch, type, problem) => {
    const coupon = { ...good, ...patch }
    expect(giftCouponProblem(coupon, type, window)).toBe(problem)
    // The server's own rule agrees (the status is the picker's own: an ended coupon gives no code).
    if (coupon.status !== "ended") {
      const facts: GiftCouponFacts = {
        ...coupon,
        starts_at: coupon.starts_at ? new Date(coupon.starts_at) : null,
        ends_at: coupon.ends_at ? new Date(coupon.ends_at) : null,
        deleted: false,
      }
      const issues = packageIssues([{ type, coupon_id: coupon.id }], {
        activity: window,
        coupons: new Map([[coupon.id, facts]]),
        storeCredit: false,
        timeZone: "Asia/Tokyo",
      })
      expect(issues.length === 0).toBe(problem === null)
    }
  })

  it("keeps the compliant ones once each, and counts the others", () => {
    const list = [good, { ...good, id: "cmcpn_2", code_mode: "fixed" as const }, good, { ...good, id: "cmcpn_3", status: "active" as const }]
    const { eligible, leftOut } = compliantCoupons(list, "coupon", window)
    expect(eligible.map((c) => c.id)).toEqual(["cmcpn_1", "cmcpn_3"])
    expect(leftOut).toBe(1)
  })
})

describe("gift stats chart", () => {
  const day = (date: string, grants = 0, coupon_uses = 0) => ({ date, new_members: grants, grants, coupon_uses, revenue: 0 })

  it("is empty until something was granted or used", () => {
    expect(statsAreEmpty({ grants: 0, coupon_uses: 0, days: [] })).toBe(true)
    // Members who signed up before the gift was created are counted, but were given nothing.
    expect(statsAreEmpty({ grants: 0, coupon_uses: 0, days: [day("2026-12-03")] })).toBe(true)
    expect(statsAreEmpty({ grants: 1, coupon_uses: 0, days: [day("2026-12-03", 1)] })).toBe(false)
  })

  it("charts every calendar day from the first to the last, the gaps as zeros", () => {
    const days = chartDays([day("2026-12-05", 0, 2), day("2026-12-03", 1)])
    expect(days.map((d) => [d.date, d.label, d.grants, d.coupon_uses])).toEqual([
      ["2026-12-03", "Dec 3", 1, 0],
      ["2026-12-04", "Dec 4", 0, 0],
      ["2026-12-05", "Dec 5", 0, 2],
    ])
    expect(chartDays([])).toEqual([])
    // The activity's own days: the axis covers its window, figures or not.
    expect(chartDays([day("2026-12-04", 1)], { from: "2026-12-03", to: "2026-12-06" }).map((d) => [d.date, d.grants])).toEqual([
      ["2026-12-03", 0],
      ["2026-12-04", 1],
      ["2026-12-05", 0],
      ["2026-12-06", 0],
    ])
    expect(chartDays([], { from: "2026-12-03", to: "2026-12-04" }).map((d) => d.label)).toEqual(["Dec 3", "Dec 4"])
  })
})
