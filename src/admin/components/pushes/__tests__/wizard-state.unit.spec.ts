import { type WizardState, audienceOf, bodyOf, initialState, stepErrorsOf, stepProblem } from "../wizard-state"

const state = (patch: Partial<WizardState>): WizardState => ({ ...initialState, ...patch })

// The create-push wizard's own rules and request body (the server checks them again).
describe("push wizard state", () => {
  it("builds the audience of each push type as the API takes it", () => {
    expect(audienceOf(state({ type: "advertising" }))).toEqual({ kind: "followers" })
    expect(audienceOf(state({ type: "advertising", followers: "range", followed_from: new Date(2026, 11, 1), followed_to: null }))).toEqual({
      kind: "followers",
      followed_from: "2026-12-01",
    })
    expect(audienceOf(state({ type: "compensation", order_ids: [] }))).toBeNull()
    expect(audienceOf(state({ type: "compensation", order_ids: ["order_1"] }))).toEqual({ kind: "orders", order_ids: ["order_1"] })
    expect(audienceOf(state({ type: "direct" }))).toBeNull()
    expect(audienceOf(state({ type: "direct", customer_group_id: "cusgroup_1" }))).toEqual({ kind: "customers", customer_group_id: "cusgroup_1" })
    expect(
      audienceOf(state({ type: "direct", customers: [{ id: "cus_1", email: "a@example.com", first_name: null, last_name: null }] }))
    ).toEqual({ kind: "customers", customer_ids: ["cus_1"] })
  })

  it("builds the create body: best items, banner only when uploaded, the slot, the channels", () => {
    const s = state({ type: "advertising", coupon_id: "cmcpn_1", best_count: "6", send_at: "2026-12-05T01:30:00.000Z" })
    expect(bodyOf(s)).toEqual({
      type: "advertising",
      coupon_id: "cmcpn_1",
      audience: { kind: "followers" },
      best_items: { mode: "auto", count: 6 },
      banner: null,
      send_at: "2026-12-05T01:30:00.000Z",
      channels: ["email", "feed", "push"],
    })
    expect(bodyOf({ ...s, best_mode: "manual", product_ids: ["prod_1"], banner_url: "http://x/b.png", banner_link: " https://shop.example.com " })).toMatchObject({
      best_items: { mode: "manual", product_ids: ["prod_1"] },
      banner: { url: "http://x/b.png", link_url: "https://shop.example.com" },
    })
    expect(bodyOf(state({ type: "compensation", coupon_id: "cmcpn_1" }))).toBeNull()
  })

  it.each([
    ["type", {}, "Choose what kind of push to send."],
    ["type", { type: "direct" }, null],
    ["coupon", {}, "Choose the coupon to send."],
    ["audience", { type: "advertising" }, null],
    ["audience", { type: "advertising", followers: "range" }, "Choose a first or last follow day, or send to all followers."],
    ["audience", { type: "advertising", followers: "range", followed_from: new Date(2026, 11, 5), followed_to: new Date(2026, 11, 1) }, "The first follow day must be on or before the last one."],
    ["audience", { type: "compensation" }, "Upload or paste order numbers, and tick at least one order."],
    ["audience", { type: "direct" }, "Pick at least one customer or a customer group."],
    ["best_items", { best_count: "3" }, "Show between 4 and 16 best items."],
    ["best_items", { best_count: "4" }, null],
    ["best_items", { best_count: "16" }, null],
    ["best_items", { best_count: "17" }, "Show between 4 and 16 best items."],
    ["best_items", { best_count: "5.5" }, "Show between 4 and 16 best items."],
    ["best_items", { best_mode: "manual", product_ids: [] }, "Pick at least one product, or let the store choose its best sellers."],
    ["best_items", { best_mode: "manual", product_ids: Array.from({ length: 16 }, (_, i) => `p${i}`) }, null],
    ["best_items", { best_mode: "manual", product_ids: Array.from({ length: 17 }, (_, i) => `p${i}`) }, "Pick at most 16 products."],
    ["banner", {}, null],
    ["banner", { banner_url: "http://x/b.png", banner_link: "" }, "Enter the address the banner links to (https://…)."],
    ["banner", { banner_url: "http://x/b.png", banner_link: "javascript:alert(1)" }, "Enter the address the banner links to (https://…)."],
    ["banner", { banner_url: "http://x/b.png", banner_link: "https://shop.example.com/sale" }, null],
    ["schedule", {}, "Choose a send time."],
    ["preview", { channels: [] }, "Choose at least one channel."],
  ] as const)("step %s with %j: %s", (step, patch, expected) => {
    expect(stepProblem(step, state(patch as Partial<WizardState>))).toBe(expected)
  })

  it("puts the server's field errors on the step owning the field", () => {
    expect(stepErrorsOf("send_at: The push of Thu 3 Dec 2026, 10:30 (Asia/Tokyo) already uses this week's quota")).toEqual({
      steps: { schedule: "The push of Thu 3 Dec 2026, 10:30 (Asia/Tokyo) already uses this week's quota" },
      other: [],
    })
    expect(stepErrorsOf("coupon_id: That coupon has ended\nbest_items.count: Show 4 to 16 items")).toEqual({
      steps: { coupon: "That coupon has ended", best_items: "Show 4 to 16 items" },
      other: [],
    })
    expect(stepErrorsOf("audience.order_ids: Pick at least one order; banner.link_url: Enter a web address")).toEqual({
      steps: { audience: "Pick at least one order", banner: "Enter a web address" },
      other: [],
    })
    expect(stepErrorsOf("Invalid request: Expected type: 'string' for field 'coupon_id', got: 'undefined'").steps.coupon).toBeDefined()
    expect(stepErrorsOf("Something broke")).toEqual({ steps: {}, other: ["Something broke"] })
  })
})
