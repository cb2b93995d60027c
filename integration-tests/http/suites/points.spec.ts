import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { exchangePointsStep } from "../../../src/workflows/points/steps/exchange-points"
import { depositBudgetStep } from "../../../src/workflows/points/steps/deposit-budget"
import { CouponMarketingEvents } from "../../../src/types/events"
import { response, type SuiteContext } from "../../helpers/suite"
import { loginAsAdmin } from "../../helpers/auth"
import { DEFAULT_EXCHANGE_DENOMINATIONS } from "../../../src/types/points"
import { activateCoupon, checkout, createCart, createTestStore, loginAsCustomer, TestStore } from "../../helpers/store"

const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString()

/** Subscribers run after the request that emitted the event: wait for what they write. */
async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200))
    value = await read()
  }
  return value
}

/** Watches the real event bus's emits (observation: every emit still goes through). */
function watchEvents(container: { resolve: (key: string) => any }) {
  const bus = container.resolve(Modules.EVENT_BUS)
  const spy = jest.spyOn(bus, "emit")
  const of = (name: string) =>
    spy.mock.calls.flatMap(([messages]: any[]) => (Array.isArray(messages) ? messages : [messages]))
      .filter((m: any) => m?.name === name).map((m: any) => m.data)
  return { of, restore: () => spy.mockRestore() }
}

/** A step that always fails: the workflows below fail after the step under test, forcing its compensation. */
const failAfterStep = createStep("test-coupon-marketing-fail-after", async () => {
  throw new Error("A later step failed")
})
const exchangeThenFailWorkflow = createWorkflow("test-coupon-marketing-exchange-then-fail", (input: { customer_id: string; offer_id: string }) => {
  const exchange = exchangePointsStep(input)
  failAfterStep()
  return new WorkflowResponse(exchange)
})
const depositThenFailWorkflow = createWorkflow("test-coupon-marketing-deposit-then-fail", (input: { amount: number; reason: string; currency_code: string }) => {
  const deposit = depositBudgetStep(input)
  failAfterStep()
  return new WorkflowResponse(deposit)
})

export function pointsSuite({ api, getContainer }: SuiteContext) {
  describe("points and exchange offers", () => {
    let admin: { headers: Record<string, string> }
    let store: TestStore

    beforeEach(async () => {
      admin = await loginAsAdmin(getContainer(), api)
      // A test named "tax-inclusive" gets the store with consumer prices, tax included.
      store = await createTestStore(getContainer(), { taxes: /tax-inclusive/.test(expect.getState().currentTestName ?? "") })
    })

    const offer = (overrides: Record<string, unknown> = {}) => ({
      name: "¥55 off ¥299",
      face_value: 55,
      threshold: 299,
      currency_code: "jpy",
      points_cost: 20,
      stock: 10,
      per_customer_limit: 2,
      valid_days: 30,
      ...overrides,
    })

    async function deposit(amount = 100_000) {
      return (await api.post("/admin/coupon-marketing/budget/deposits", { amount, reason: "Double 11", currency_code: "jpy" }, admin)).data.deposit
    }

    const balanceOf = async (shopper: { headers: Record<string, string> }) => (await api.get("/store/coupon-marketing/me/points", shopper)).data

    it("POINTS-2 POINTS-7 POINTS-9 COUPON-3 a member earns on orders, exchanges points for a coupon, uses it; cancelling takes the points back once", async () => {
      expect(await deposit()).toMatchObject({ deposit_number: "DEP-000001", amount: 100_000 })
      const { data: created } = await api.post("/admin/coupon-marketing/exchange-offers", offer(), admin)
      expect(created.exchange_offer).toMatchObject({ compliance: "compliant", stock_left: 10 })
      const tenOff = (await api.post("/admin/coupon-marketing/coupons", {
        name: "10% off", audience: "anyone", code_mode: "fixed", code: "TENOFF", validity_type: "window", starts_at: inHours(2),
        ends_at: inHours(48), benefit_type: "percent", benefit_value: 10, currency_code: "jpy", condition_type: "none", category_ids: [],
      }, admin)).data.coupon
      await activateCoupon(getContainer(), tenOff.id)

      const shopper = await loginAsCustomer(api, store, "earner@example.com")
      expect(await balanceOf(shopper)).toMatchObject({ balance: 0, entries: [], count: 0 })

      // ¥2,000 − 10 % = ¥1,800 after the discount (the default basis): 18 points.
      const first = await createCart(api, store, { "tea-bowl": 2 }, shopper)
      await api.post(`/store/carts/${first}/coupon`, { code: "TENOFF" }, shopper)
      const firstOrder = (await checkout(api, store, first, shopper)).data.order
      let account = await eventually(() => balanceOf(shopper), (a) => a.balance === 18)
      // The balance and the page come from one snapshot: they always agree.
      expect(account.entries.reduce((sum: number, e: any) => sum + e.points, 0)).toBe(account.balance)
      expect(account.entries[0]).toMatchObject({ type: "earn", points: 18, reason: `Order #${firstOrder.display_id}`, balance_after: 18 })

      // COUPON-3 before the discount: the same order earns 20.
      await api.post("/admin/coupon-marketing/settings", { points_basis: "before_discount" }, admin)
      const second = await createCart(api, store, { "tea-bowl": 2 }, shopper)
      await api.post(`/store/carts/${second}/coupon`, { code: "TENOFF" }, shopper)
      const secondOrder = (await checkout(api, store, second, shopper)).data.order
      account = await eventually(() => balanceOf(shopper), (a) => a.balance === 38)
      expect(account.entries[0]).toMatchObject({ points: 20 })

      // A duplicate order.placed earns nothing more.
      const placed = (await import("../../../src/subscribers/points-order-placed")).default
      await placed({ event: { name: "order.placed", data: { id: secondOrder.id } }, container: getContainer() } as never)
      expect((await balanceOf(shopper)).balance).toBe(38)

      // The offer is visible and affordable; the exchange issues an individual code.
      const { data: offers } = await api.get("/store/coupon-marketing/exchange-offers", shopper)
      expect(offers).toMatchObject({ count: 1, balance: 38 })
      expect(offers.exchange_offers[0]).toMatchObject({ id: created.exchange_offer.id, points_cost: 20, affordable: true, stock_left: 10 })
      const { data: ex } = await api.post("/store/coupon-marketing/me/points/exchanges", { offer_id: created.exchange_offer.id }, shopper)
      expect(ex.exchange).toMatchObject({ points: 20, balance: 18 })
      expect(ex.exchange.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
      account = await balanceOf(shopper)
      expect(account.exchanges[0]).toMatchObject({ code: ex.exchange.code, offer_name: "¥55 off ¥299", face_value: 55, threshold: 299, used: false })
      expect((await api.get("/admin/coupon-marketing/budget", admin)).data.budgets).toEqual([
        { currency_code: "jpy", deposited: 100_000, drawn: 55, remaining: 99_945, deposits: 1 },
      ])
      const mine = (await api.get("/store/coupon-marketing/me/coupons", shopper)).data
      expect(mine.coupons.map((c: any) => c.code)).toContain(ex.exchange.code)

      // The coupon works at checkout: ¥55 off a ¥3,000 cart.
      const third = await createCart(api, store, { matcha: 1 }, shopper)
      const applied = await api.post(`/store/carts/${third}/coupon`, { code: ex.exchange.code }, shopper)
      expect(applied.data).toMatchObject({ applied: true, discount_total: 55 })
      expect((await checkout(api, store, third, shopper)).data.type).toBe("order")

      // Cancelling the first order takes its 18 points back, once. (The third order earned 30:
      // ¥3,000 before its discount, the basis chosen above.)
      account = await eventually(() => balanceOf(shopper), (a) => a.balance === 18 + 30)
      expect(account.balance).toBe(48)
      await api.post(`/admin/orders/${firstOrder.id}/cancel`, {}, admin)
      account = await eventually(() => balanceOf(shopper), (a) => a.balance === 30)
      const canceled = (await import("../../../src/subscribers/points-order-canceled")).default
      await canceled({ event: { name: "order.canceled", data: { id: firstOrder.id } }, container: getContainer() } as never)
      expect((await balanceOf(shopper)).balance).toBe(30)
      expect(account.entries[0]).toMatchObject({ type: "refund", points: -18 })

      // Guests earn nothing and cannot see a balance.
      expect((await response(api.get("/store/coupon-marketing/me/points", store.headers))).status).toBe(401)
      const guestCart = await createCart(api, store, { matcha: 1 })
      const guestOrder = (await checkout(api, store, guestCart)).data.order
      await placed({ event: { name: "order.placed", data: { id: guestOrder.id } }, container: getContainer() } as never)
      const service = getContainer().resolve("coupon_marketing") as any
      expect(await service.listPointsEntries({ order_id: guestOrder.id })).toEqual([])
    })

    it("POINTS-8 POINTS-3 holders of unused exchanged coupons are reminded once before expiry; expired points leave the balance", async () => {
      await deposit()
      const { data } = await api.post("/admin/coupon-marketing/exchange-offers", offer({ valid_days: 2 }), admin)
      const shopper = await loginAsCustomer(api, store, "reminded@example.com")
      await api.post(`/admin/coupon-marketing/points/${shopper.customerId}/adjustments`, { points: 50, reason: "Gift" }, admin)
      const { data: ex } = await api.post("/store/coupon-marketing/me/points/exchanges", { offer_id: data.exchange_offer.id }, shopper)

      const { remindExpiringExchanges } = await import("../../../src/jobs/exchange-reminders")
      // Valid 2 days, reminded 3 days ahead (the default): due now, once.
      expect(await remindExpiringExchanges(getContainer(), new Date())).toBe(1)
      expect(await remindExpiringExchanges(getContainer(), new Date())).toBe(0)
      const notifications = await getContainer().resolve("notification").listNotifications({ receiver_id: shopper.customerId })
      const feed = notifications.filter((n: any) => n.channel === "feed")
      expect(feed).toHaveLength(1)
      expect(feed[0]).toMatchObject({ template: "coupon-marketing-exchange-reminder", data: { code: ex.exchange.code, amount: "¥55" } })

      // POINTS-3: a credit past its expiry leaves the balance through an `expire` entry.
      const service = getContainer().resolve("coupon_marketing") as any
      await service.appendPoints({ customer_id: shopper.customerId, type: "earn", points: 12, reason: "Old order", idempotency_key: "earn:old", expires_at: new Date(Date.now() - 1000) })
      expect((await balanceOf(shopper)).balance).toBe(42)
      expect(await service.expirePoints(new Date())).toBe(1)
      const account = await balanceOf(shopper)
      expect(account.balance).toBe(30)
      expect(account.entries[0]).toMatchObject({ type: "expire", points: -12 })
    })

    it("POINTS-5 free 299-50: exchange 299-50 refused naming it, 299-55 accepted; a later free 299-60 hides the offer until fixed", async () => {
      await deposit()
      const free = (amount: number, code: string) => ({
        name: `Free ${amount} off 299`, audience: "anyone", code_mode: "fixed", code, validity_type: "window", starts_at: inHours(2),
        ends_at: inHours(48), benefit_type: "fixed_amount", benefit_value: amount, currency_code: "jpy", condition_type: "min_total",
        condition_value: 299, category_ids: [],
      })
      await api.post("/admin/coupon-marketing/coupons", free(50, "FREE50"), admin)
      const refused = await response(api.post("/admin/coupon-marketing/exchange-offers", offer({ face_value: 50 }), admin))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("face_value")
      expect(refused.data.message).toContain('"Free 50 off 299"')
      const { data } = await api.post("/admin/coupon-marketing/exchange-offers", offer(), admin)
      const id = data.exchange_offer.id
      const shopper = await loginAsCustomer(api, store, "looker@example.com")
      expect((await api.get("/store/coupon-marketing/exchange-offers", shopper)).data.count).toBe(1)

      await api.post("/admin/coupon-marketing/coupons", free(60, "FREE60"), admin)
      const hidden = await eventually(
        async () => (await api.get(`/admin/coupon-marketing/exchange-offers/${id}`, admin)).data.exchange_offer,
        (o) => o.compliance === "non_compliant"
      )
      expect(hidden.non_compliant_reason).toContain('"Free 60 off 299"')
      expect((await api.get("/store/coupon-marketing/exchange-offers", shopper)).data.count).toBe(0)
      const blocked = await response(api.post("/store/coupon-marketing/me/points/exchanges", { offer_id: id }, shopper))
      expect(blocked.status).toBe(400)
      expect(blocked.data.message).toContain("not available")

      // Fixed: 299-70 beats the free 299-60 again.
      const fixed = await api.post(`/admin/coupon-marketing/exchange-offers/${id}`, { face_value: 70 }, admin)
      // Fields left out of the edit keep their values.
      expect(fixed.data.exchange_offer).toMatchObject({ compliance: "compliant", face_value: 70, threshold: 299, points_cost: 20 })
      expect((await api.get("/store/coupon-marketing/exchange-offers", shopper)).data.count).toBe(1)
    })

    it("POINTS-3 POINTS-4 POINTS-6 bad input is refused with 400 naming the field, and nothing is written; an adjustment records its author apart from the reason", async () => {
      const shopper = await loginAsCustomer(api, store, "adjusted@example.com")
      const cases: [string, unknown, string][] = [
        ["/admin/coupon-marketing/budget/deposits", { amount: 1_000_000, reason: "Too much", currency_code: "jpy" }, "amount"],
        ["/admin/coupon-marketing/budget/deposits", { amount: 5000, currency_code: "jpy" }, "reason"],
        ["/admin/coupon-marketing/budget/deposits", { amount: 5000, reason: "  ", currency_code: "jpy" }, "reason"],
        ["/admin/coupon-marketing/exchange-offers", offer({ face_value: 45 }), "face_value"],
        ["/admin/coupon-marketing/exchange-offers", offer({ points_cost: 0 }), "points_cost"],
        ["/admin/coupon-marketing/exchange-offers", offer({ points_cost: -10 }), "points_cost"],
        ["/admin/coupon-marketing/exchange-offers", offer({ stock: 0 }), "stock"],
        [`/admin/coupon-marketing/points/${shopper.customerId}/adjustments`, { points: 100 }, "reason"],
        [`/admin/coupon-marketing/points/${shopper.customerId}/adjustments`, { points: 0, reason: "Nothing" }, "points"],
      ]
      for (const [url, body, field] of cases) {
        const res = await response(api.post(url, body, admin))
        expect({ url, status: res.status }).toEqual({ url, status: 400 })
        expect(res.data.message).toContain(field)
      }
      const tooBig = await response(api.post("/admin/coupon-marketing/budget/deposits", { amount: 1_000_000, reason: "Too much", currency_code: "jpy" }, admin))
      expect(tooBig.data.message).toContain("amount: one deposit must be below 1,000,000")
      expect((await api.get("/admin/coupon-marketing/budget", admin)).data.budgets).toEqual([])
      const offers = (await api.get("/admin/coupon-marketing/exchange-offers", admin)).data
      expect(offers.count).toBe(0)
      // The admin's face value list is the store's configured one (the defaults here).
      expect(offers.denominations).toEqual([...DEFAULT_EXCHANGE_DENOMINATIONS])
      expect((await api.get(`/admin/coupon-marketing/points/${shopper.customerId}`, admin)).data).toMatchObject({ balance: 0, count: 0 })
      // A debit beyond the balance is a business refusal.
      const over = await response(api.post(`/admin/coupon-marketing/points/${shopper.customerId}/adjustments`, { points: -5, reason: "Correction" }, admin))
      expect(over.status).toBe(400)
      expect(over.data.message).toBe("Not enough points: the balance is 0, 5 are needed")
      const ok = await api.post(`/admin/coupon-marketing/points/${shopper.customerId}/adjustments`, { points: 40, reason: "Apology" }, admin)
      expect(ok.data).toMatchObject({ balance: 40, entry: { type: "adjust", points: 40 } })
      // The admin who made it is recorded beside the reason; the shopper reads the reason alone.
      const me = (await api.get("/admin/users/me", admin)).data.user
      expect(ok.data.entry).toMatchObject({ reason: "Apology", created_by: me.id })
      expect((await api.get(`/admin/coupon-marketing/points/${shopper.customerId}`, admin)).data.entries[0]).toMatchObject({ reason: "Apology", created_by: me.id })
      const mine = (await balanceOf(shopper)).entries[0]
      expect(mine).toMatchObject({ type: "adjust", points: 40, reason: "Apology" })
      expect(mine).not.toHaveProperty("created_by")
    })

    it("deleting an exchange offer nobody exchanged retires its coupon: gone from the coupon list, no longer live; the event names both", async () => {
      const service = getContainer().resolve("coupon_marketing") as any
      const liveBefore = await service.countLiveCoupons(new Date())
      const created = (await api.post("/admin/coupon-marketing/exchange-offers", offer(), admin)).data.exchange_offer
      const couponIds = async () => (await api.get("/admin/coupon-marketing/coupons?limit=100", admin)).data.coupons.map((c: any) => c.id)
      expect(await couponIds()).toContain(created.coupon_id)
      expect(await service.countLiveCoupons(new Date())).toBe(liveBefore + 1)

      const events = watchEvents(getContainer())
      try {
        const { data } = await api.delete(`/admin/coupon-marketing/exchange-offers/${created.id}`, admin)
        expect(data).toEqual({ id: created.id, object: "exchange_offer", deleted: true })
        expect(events.of(CouponMarketingEvents.EXCHANGE_OFFER_DELETED)).toEqual([{ id: created.id, coupon_id: created.coupon_id }])
      } finally {
        events.restore()
      }
      expect(await couponIds()).not.toContain(created.coupon_id)
      expect(await service.countLiveCoupons(new Date())).toBe(liveBefore)
      expect((await response(api.get(`/admin/coupon-marketing/exchange-offers/${created.id}`, admin))).status).toBe(404)
      expect((await response(api.delete(`/admin/coupon-marketing/exchange-offers/${created.id}`, admin))).status).toBe(404)
    })

    it("deleting an exchange offer keeps the codes already exchanged usable until they expire (paid for with points)", async () => {
      await deposit()
      const created = (await api.post("/admin/coupon-marketing/exchange-offers", offer(), admin)).data.exchange_offer
      const shopper = await loginAsCustomer(api, store, "keeper@example.com")
      await api.post(`/admin/coupon-marketing/points/${shopper.customerId}/adjustments`, { points: 50, reason: "Gift" }, admin)
      const { data: ex } = await api.post("/store/coupon-marketing/me/points/exchanges", { offer_id: created.id }, shopper)
      await api.delete(`/admin/coupon-marketing/exchange-offers/${created.id}`, admin)
      expect((await api.get("/store/coupon-marketing/exchange-offers", shopper)).data.count).toBe(0)
      const again = await response(api.post("/store/coupon-marketing/me/points/exchanges", { offer_id: created.id }, shopper))
      expect(again.status).toBe(404)
      const cart = await createCart(api, store, { matcha: 1 }, shopper)
      const applied = await api.post(`/store/carts/${cart}/coupon`, { code: ex.exchange.code }, shopper)
      expect(applied.data).toMatchObject({ applied: true, discount_total: 55 })
    })

    it("events: an adjustment credit emits POINTS_CREDITED, a debit POINTS_DEBITED, a replayed key nothing", async () => {
      const shopper = await loginAsCustomer(api, store, "evented@example.com")
      const events = watchEvents(getContainer())
      try {
        const url = `/admin/coupon-marketing/points/${shopper.customerId}/adjustments`
        const credit = (await api.post(url, { points: 40, reason: "Apology", idempotency_key: "events-key-1" }, admin)).data
        expect(events.of(CouponMarketingEvents.POINTS_CREDITED)).toEqual([
          { customer_id: shopper.customerId, entry_id: credit.entry.id, points: 40, reason: "Apology" },
        ])
        const replay = await api.post(url, { points: 40, reason: "Apology", idempotency_key: "events-key-1" }, admin)
        expect(replay.status).toBe(200)
        expect(events.of(CouponMarketingEvents.POINTS_CREDITED)).toHaveLength(1)
        const debit = (await api.post(url, { points: -15, reason: "Correction" }, admin)).data
        expect(debit.balance).toBe(25)
        expect(events.of(CouponMarketingEvents.POINTS_DEBITED)).toEqual([
          { customer_id: shopper.customerId, entry_id: debit.entry.id, points: 15, reason: "Correction" },
        ])
        // A refused debit writes and emits nothing.
        expect((await response(api.post(url, { points: -100, reason: "Too much" }, admin))).status).toBe(400)
        expect(events.of(CouponMarketingEvents.POINTS_DEBITED)).toHaveLength(1)
        expect((await response(api.post("/admin/coupon-marketing/points/cus_UNKNOWN/adjustments", { points: 5, reason: "Nobody" }, admin))).status).toBe(404)
      } finally {
        events.restore()
      }
    })

    it("events: an order placed emits POINTS_CREDITED with its order, its cancellation POINTS_DEBITED", async () => {
      const shopper = await loginAsCustomer(api, store, "ordered@example.com")
      const events = watchEvents(getContainer())
      try {
        const order = (await checkout(api, store, await createCart(api, store, { "tea-bowl": 2 }, shopper), shopper)).data.order
        const credited = await eventually(async () => events.of(CouponMarketingEvents.POINTS_CREDITED), (e) => e.length > 0)
        const [earn] = (await balanceOf(shopper)).entries
        expect(credited).toEqual([{ customer_id: shopper.customerId, entry_id: earn.id, points: 20, reason: `Order #${order.display_id}`, order_id: order.id }])
        await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
        const debited = await eventually(async () => events.of(CouponMarketingEvents.POINTS_DEBITED), (e) => e.length > 0)
        const [reversal] = (await balanceOf(shopper)).entries
        expect(reversal).toMatchObject({ type: "refund", points: -20 })
        expect(debited).toEqual([{ customer_id: shopper.customerId, entry_id: reversal.id, points: 20, reason: `Order #${order.display_id} cancelled`, order_id: order.id }])
        // Redelivered events write and emit nothing more.
        const placed = (await import("../../../src/subscribers/points-order-placed")).default
        const canceled = (await import("../../../src/subscribers/points-order-canceled")).default
        await placed({ event: { name: "order.placed", data: { id: order.id } }, container: getContainer() } as never)
        await canceled({ event: { name: "order.canceled", data: { id: order.id } }, container: getContainer() } as never)
        expect(events.of(CouponMarketingEvents.POINTS_CREDITED)).toHaveLength(1)
        expect(events.of(CouponMarketingEvents.POINTS_DEBITED)).toHaveLength(1)
        expect((await balanceOf(shopper)).balance).toBe(0)
      } finally {
        events.restore()
      }
    })

    it("events: a deposit emits BUDGET_DEPOSITED, an exchange POINTS_EXCHANGED with its code", async () => {
      const events = watchEvents(getContainer())
      try {
        const dep = await deposit(5000)
        expect(events.of(CouponMarketingEvents.BUDGET_DEPOSITED)).toEqual([{ currency_code: "jpy", entry_id: dep.id, amount: 5000 }])
        const created = (await api.post("/admin/coupon-marketing/exchange-offers", offer(), admin)).data.exchange_offer
        const shopper = await loginAsCustomer(api, store, "exchanger@example.com")
        await api.post(`/admin/coupon-marketing/points/${shopper.customerId}/adjustments`, { points: 50, reason: "Gift" }, admin)
        const { data: ex } = await api.post("/store/coupon-marketing/me/points/exchanges", { offer_id: created.id }, shopper)
        expect(Object.keys(ex.exchange).sort()).toEqual(["balance", "code", "coupon_id", "expires_at", "id", "offer_id", "points"])
        const service = getContainer().resolve("coupon_marketing") as any
        const [code] = await service.listCouponCodes({ coupon_id: created.coupon_id })
        expect(events.of(CouponMarketingEvents.POINTS_EXCHANGED)).toEqual([
          { exchange_id: ex.exchange.id, customer_id: shopper.customerId, offer_id: created.id, coupon_id: created.coupon_id, code_id: code.id, points: 20 },
        ])
        // A refused exchange emits nothing.
        await api.post(`/admin/coupon-marketing/points/${shopper.customerId}/adjustments`, { points: -30, reason: "Correction" }, admin)
        expect((await response(api.post("/store/coupon-marketing/me/points/exchanges", { offer_id: created.id }, shopper))).status).toBe(400)
        expect(events.of(CouponMarketingEvents.POINTS_EXCHANGED)).toHaveLength(1)
      } finally {
        events.restore()
      }
    })

    it("events: the daily job's expiry emits POINTS_EXPIRED with the count, and nothing when none are due", async () => {
      const shopper = await loginAsCustomer(api, store, "expiring@example.com")
      const service = getContainer().resolve("coupon_marketing") as any
      for (const key of ["a", "b"]) {
        await service.appendPoints({ customer_id: shopper.customerId, type: "earn", points: 7, reason: "Old order", idempotency_key: `earn:old-${key}`, expires_at: new Date(Date.now() - 1000) })
      }
      const events = watchEvents(getContainer())
      try {
        const job = (await import("../../../src/jobs/points-daily")).default
        await job(getContainer() as never)
        expect(events.of(CouponMarketingEvents.POINTS_EXPIRED)).toEqual([{ count: 2 }])
        expect((await balanceOf(shopper)).balance).toBe(0)
        await job(getContainer() as never)
        expect(events.of(CouponMarketingEvents.POINTS_EXPIRED)).toHaveLength(1)
      } finally {
        events.restore()
      }
    })

    it("POINTS-2 COUPON-3 in a tax-inclusive store points are earned on the prices the shopper sees: ¥6,000 − ¥500 earns 55, before the discount 60", async () => {
      const off = (await api.post("/admin/coupon-marketing/coupons", {
        name: "500 off", audience: "anyone", code_mode: "fixed", code: "FIVEHUNDRED", validity_type: "window", starts_at: inHours(2),
        ends_at: inHours(48), benefit_type: "fixed_amount", benefit_value: 500, currency_code: "jpy", condition_type: "none", category_ids: [],
      }, admin)).data.coupon
      await activateCoupon(getContainer(), off.id)
      const shopper = await loginAsCustomer(api, store, "taxed@example.com")
      const buy = async () => {
        const cart = await createCart(api, store, { matcha: 2 }, shopper)
        expect((await api.post(`/store/carts/${cart}/coupon`, { code: "FIVEHUNDRED" }, shopper)).data).toMatchObject({ applied: true, discount_total: 500 })
        const order = (await checkout(api, store, cart, shopper)).data.order
        // Tax included in the prices: the order's item total is what the shopper pays for the goods.
        expect(order.item_total).toBe(5500)
        expect(order.item_tax_total).toBeGreaterThan(0)
        return order
      }
      await buy()
      let account = await eventually(() => balanceOf(shopper), (a) => a.balance > 0)
      expect(account.entries[0]).toMatchObject({ type: "earn", points: 55 })
      await api.post("/admin/coupon-marketing/settings", { points_basis: "before_discount" }, admin)
      await buy()
      account = await eventually(() => balanceOf(shopper), (a) => a.balance > 55)
      expect(account.entries[0]).toMatchObject({ type: "earn", points: 60 })
    })

    it("an exchange or a deposit whose workflow fails after it is undone exactly: balance, ledger, budget, stock and codes as before", async () => {
      await deposit(10_000)
      const created = (await api.post("/admin/coupon-marketing/exchange-offers", offer(), admin)).data.exchange_offer
      const shopper = await loginAsCustomer(api, store, "undone@example.com")
      await api.post(`/admin/coupon-marketing/points/${shopper.customerId}/adjustments`, { points: 50, reason: "Gift" }, admin)
      // One real exchange first, so "as before" is not just "empty".
      expect((await api.post("/store/coupon-marketing/me/points/exchanges", { offer_id: created.id }, shopper)).status).toBe(201)
      const service = getContainer().resolve("coupon_marketing") as any
      const state = async () => ({
        balance: (await balanceOf(shopper)).balance,
        remaining: (await service.listPointsEntries({ customer_id: shopper.customerId })).reduce((sum: number, e: any) => sum + e.remaining, 0),
        budget: (await api.get("/admin/coupon-marketing/budget", admin)).data.budgets,
        offer: (await api.get(`/admin/coupon-marketing/exchange-offers/${created.id}`, admin)).data.exchange_offer.exchanged_count,
        codes: (await service.listCouponCodes({ customer_id: shopper.customerId })).map((c: any) => c.id),
        exchanges: (await service.listPointsExchanges({ customer_id: shopper.customerId })).map((x: any) => x.id),
        draws: (await service.listBudgetEntries({ type: "draw" })).length,
        coupon: (await service.listCoupons({ id: created.coupon_id }, { select: ["codes_issued_at", "last_code_expires_at"] }))
          .map((c: any) => [String(c.codes_issued_at), String(c.last_code_expires_at)]),
      })
      const before = await state()
      expect(before).toMatchObject({ balance: 30, remaining: 30, offer: 1, draws: 1 })
      expect(before.codes).toHaveLength(1)

      const { errors } = await exchangeThenFailWorkflow(getContainer()).run({ input: { customer_id: shopper.customerId, offer_id: created.id }, throwOnError: false })
      expect(errors[0]?.error?.message).toContain("A later step failed")
      expect(await state()).toEqual(before)
      // The points came back to the credit they were taken from: a second exchange still works.
      expect((await api.post("/store/coupon-marketing/me/points/exchanges", { offer_id: created.id }, shopper)).status).toBe(201)
      expect((await balanceOf(shopper)).balance).toBe(10)

      const budgetBefore = (await api.get("/admin/coupon-marketing/budget", admin)).data.budgets
      const deposits = async () => (await api.get("/admin/coupon-marketing/budget/deposits", admin)).data.count
      const depositsBefore = await deposits()
      const failed = await depositThenFailWorkflow(getContainer()).run({ input: { amount: 5000, reason: "Undone", currency_code: "jpy" }, throwOnError: false })
      expect(failed.errors[0]?.error?.message).toContain("A later step failed")
      expect((await api.get("/admin/coupon-marketing/budget", admin)).data.budgets).toEqual(budgetBefore)
      expect(await deposits()).toBe(depositsBefore)
    })

    it("lists page and sort in Medusa's way (?limit&offset&order, - for descending) and filter deposits by currency; a bad order or an unknown parameter is a 400 naming it", async () => {
      await deposit(1000)
      await deposit(2000)
      const names = ["B offer", "A offer", "C offer"]
      for (const [i, name] of names.entries()) {
        await api.post("/admin/coupon-marketing/exchange-offers", offer({ name, points_cost: 10 + i, face_value: [55, 60, 70][i], threshold: [299, 600, 700][i] }), admin)
      }
      const list = async (query: string) => (await api.get(`/admin/coupon-marketing/exchange-offers?${query}`, admin)).data
      expect((await list("order=name")).exchange_offers.map((o: any) => o.name)).toEqual(["A offer", "B offer", "C offer"])
      expect((await list("order=-points_cost&limit=2&offset=0")).exchange_offers.map((o: any) => o.points_cost)).toEqual([12, 11])
      expect(await list("limit=1&offset=1")).toMatchObject({ count: 3, offset: 1, limit: 1 })
      // The default: newest first.
      expect((await list("")).exchange_offers.map((o: any) => o.name)).toEqual(["C offer", "A offer", "B offer"])
      const bad = await response(api.get("/admin/coupon-marketing/exchange-offers?order=stock_left", admin))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("order")
      const deposits = async (query: string) => (await api.get(`/admin/coupon-marketing/budget/deposits?${query}`, admin)).data
      expect(await deposits("currency_code=usd")).toMatchObject({ deposits: [], count: 0 })
      expect((await deposits("currency_code=JPY&order=amount")).deposits.map((d: any) => d.amount)).toEqual([1000, 2000])
      const unknown = await response(api.get("/admin/coupon-marketing/budget?currency=jpy", admin))
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toContain("currency")
      const shopper = await loginAsCustomer(api, store, "sorter@example.com")
      const storeList = (await api.get("/store/coupon-marketing/exchange-offers?order=-face_value", shopper)).data
      expect(storeList.exchange_offers.map((o: any) => o.face_value)).toEqual([70, 60, 55])
      expect(storeList.exchange_offers[0]).not.toHaveProperty("coupon_id")
    })

    it("POINTS-7 concurrency: 50 exchanges by one customer who can afford 10 → 10; a per-customer limit of 2 → 2; 20 customers on stock 5 → 5; a budget for 3 → 3", async () => {
      await deposit(99_999)
      const cheap = (await api.post("/admin/coupon-marketing/exchange-offers", offer({ points_cost: 10, stock: 1000, per_customer_limit: null }), admin)).data.exchange_offer
      const rich = await loginAsCustomer(api, store, "rich@example.com")
      await api.post(`/admin/coupon-marketing/points/${rich.customerId}/adjustments`, { points: 100, reason: "Launch gift" }, admin)
      const burst = await Promise.all(Array.from({ length: 50 }, () => response(api.post("/store/coupon-marketing/me/points/exchanges", { offer_id: cheap.id }, rich))))
      expect(burst.filter((r) => r.status === 201)).toHaveLength(10)
      burst.filter((r) => r.status !== 201).forEach((r) => expect(r.data).toMatchObject({ code: "exchange_refused" }))
      expect((await balanceOf(rich)).balance).toBe(0)

      // The per-customer limit holds under a burst too: 2 of 10.
      const limited = (await api.post("/admin/coupon-marketing/exchange-offers", offer({ name: "Two each", face_value: 60, threshold: 600, points_cost: 1, stock: 1000, per_customer_limit: 2 }), admin)).data.exchange_offer
      const eager = await loginAsCustomer(api, store, "eager@example.com")
      await api.post(`/admin/coupon-marketing/points/${eager.customerId}/adjustments`, { points: 100, reason: "Gift" }, admin)
      const tries = await Promise.all(Array.from({ length: 10 }, () => response(api.post("/store/coupon-marketing/me/points/exchanges", { offer_id: limited.id }, eager))))
      expect(tries.filter((r) => r.status === 201)).toHaveLength(2)
      tries.filter((r) => r.status !== 201).forEach((r) => expect(r.data.message).toContain("the limit is 2"))
      expect((await balanceOf(eager)).balance).toBe(98)

      const scarce = (await api.post("/admin/coupon-marketing/exchange-offers", offer({ name: "Scarce", face_value: 100, threshold: 500, stock: 5 }), admin)).data.exchange_offer
      const crowd = []
      for (let i = 0; i < 20; i++) {
        const shopper = await loginAsCustomer(api, store, `crowd${i}@example.com`)
        await api.post(`/admin/coupon-marketing/points/${shopper.customerId}/adjustments`, { points: 20, reason: "Gift" }, admin)
        crowd.push(shopper)
      }
      const rush = await Promise.all(crowd.map((s) => response(api.post("/store/coupon-marketing/me/points/exchanges", { offer_id: scarce.id }, s))))
      expect(rush.filter((r) => r.status === 201)).toHaveLength(5)
      expect((await api.get(`/admin/coupon-marketing/exchange-offers/${scarce.id}`, admin)).data.exchange_offer).toMatchObject({ exchanged_count: 5, stock_left: 0 })

      // The budget left: 99,999 − 10 × 55 − 2 × 60 − 5 × 100 = 98,829.
      const { data: budget } = await api.get("/admin/coupon-marketing/budget", admin)
      expect(budget.budgets[0]).toMatchObject({ drawn: 1170, remaining: 98_829 })
      const big = (await api.post("/admin/coupon-marketing/exchange-offers", offer({ name: "Big", face_value: 1000, threshold: 5000, points_cost: 1, stock: 1000, per_customer_limit: null }), admin)).data.exchange_offer
      // Spend the budget down to ¥3,829: 95 exchanges of ¥1,000 by one well-off customer.
      const whale = await loginAsCustomer(api, store, "whale@example.com")
      await api.post(`/admin/coupon-marketing/points/${whale.customerId}/adjustments`, { points: 1000, reason: "Gift" }, admin)
      for (let i = 0; i < 95; i++) await api.post("/store/coupon-marketing/me/points/exchanges", { offer_id: big.id }, whale)
      for (const s of crowd.slice(0, 10)) {
        await api.post(`/admin/coupon-marketing/points/${s.customerId}/adjustments`, { points: 5, reason: "Gift" }, admin)
      }
      const last = await Promise.all(crowd.slice(0, 10).map((s) => response(api.post("/store/coupon-marketing/me/points/exchanges", { offer_id: big.id }, s))))
      expect(last.filter((r) => r.status === 201)).toHaveLength(3)
      last.filter((r) => r.status !== 201).forEach((r) => expect(r.data.message).toContain("budget"))
      expect((await api.get("/admin/coupon-marketing/budget", admin)).data.budgets[0].remaining).toBe(829)
    })
  })
}
