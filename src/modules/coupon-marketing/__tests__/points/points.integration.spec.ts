import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import fc from "fast-check"
import { COUPON_MARKETING_MODULE } from "../.."
import CouponMarketingModuleService from "../../service"
import { CouponSettings } from "../../models/coupon-settings"
import { Coupon } from "../../models/coupon"
import { CouponCode } from "../../models/coupon-code"
import { CouponUsage } from "../../models/coupon-usage"
import { CartCoupon } from "../../models/cart-coupon"
import { CouponArchive } from "../../models/coupon-archive"
import { PointsAccount } from "../../models/points-account"
import { PointsEntry } from "../../models/points-entry"
import { ExchangeOffer } from "../../models/exchange-offer"
import { PointsExchange } from "../../models/points-exchange"
import { BudgetEntry } from "../../models/budget-entry"
import { BudgetAccount } from "../../models/budget-account"

jest.setTimeout(180000)

type Sql = { execute: <T>(sql: string, params?: unknown[]) => Promise<T> }

moduleIntegrationTestRunner<CouponMarketingModuleService>({
  moduleName: COUPON_MARKETING_MODULE,
  resolve: "./src/modules/coupon-marketing",
  moduleModels: [CouponSettings, Coupon, CouponCode, CouponUsage, CartCoupon, CouponArchive, PointsAccount, PointsEntry, ExchangeOffer, PointsExchange, BudgetEntry, BudgetAccount],
  moduleOptions: { timezone: "Asia/Tokyo" },
  testSuite: ({ service, MikroOrmWrapper }) => {
    // MikroORM's `execute` answers a loose union; the tests read rows of a shape they name (a cast Medusa's types force).
    const sql = () => MikroOrmWrapper.forkManager() as unknown as Sql

    async function ledgerOf(customerId: string) {
      const [row] = await sql().execute<{ sum: string | null; remaining: string | null; n: string }[]>(
        `select sum(points) as sum, sum(remaining) as remaining, count(*) as n from cm_points_entry where customer_id = ?`,
        [customerId]
      )
      return { sum: Number(row.sum ?? 0), remaining: Number(row.remaining ?? 0), entries: Number(row.n) }
    }

    /** An exchange offer backed by an individual-code coupon, funded for `budget`. */
    async function offer(overrides: Record<string, unknown> = {}, budget = 1_000_000 - 1) {
      const [coupon] = await service.createCoupons([
        {
          name: "Exchange ¥55 off", audience: "members_only", code_mode: "individual", validity_type: "relative", valid_days: 30,
          benefit_type: "fixed_amount", benefit_value: 55, currency_code: "jpy", condition_type: "min_total", condition_value: 299,
        },
      ])
      const [created] = await service.createExchangeOffers([
        { name: "¥55 off ¥299", coupon_id: coupon.id, face_value: 55, threshold: 299, currency_code: "jpy", points_cost: 100, stock: 1000, valid_days: 30, ...overrides },
      ])
      await service.depositBudget({ amount: budget, reason: "Test budget", currency_code: "jpy" })
      return created
    }

    describe("points ledger (POINTS-1)", () => {
      it("POINTS-1 a repeated idempotency key changes nothing the second time", async () => {
        const a = await service.appendPoints({ customer_id: "cus_a", type: "earn", points: 19, reason: "Order #1", idempotency_key: "earn:order_1", order_id: "order_1" })
        const b = await service.appendPoints({ customer_id: "cus_a", type: "earn", points: 19, reason: "Order #1", idempotency_key: "earn:order_1", order_id: "order_1" })
        expect(a).toMatchObject({ created: true, balance: 19 })
        expect(b).toMatchObject({ created: false, balance: 19 })
        expect(b.entry.id).toBe(a.entry.id)
        expect(await service.getPointsBalance("cus_a")).toBe(19)
        expect(await ledgerOf("cus_a")).toEqual({ sum: 19, remaining: 19, entries: 1 })
      })

      it("POINTS-1 a debit beyond the balance is refused and writes nothing; clamp takes what there is", async () => {
        await service.appendPoints({ customer_id: "cus_b", type: "earn", points: 10, reason: "Order", idempotency_key: "earn:b1" })
        await expect(
          service.appendPoints({ customer_id: "cus_b", type: "adjust", points: -11, reason: "Correction", idempotency_key: "adjust:b1" })
        ).rejects.toThrow("Not enough points: the balance is 10, 11 are needed")
        const clamped = await service.appendPoints({ customer_id: "cus_b", type: "refund", points: -15, reason: "Order cancelled", idempotency_key: "reverse:b1", clamp: true })
        expect(clamped.entry.points).toBe(-10)
        expect(await service.getPointsBalance("cus_b")).toBe(0)
      })

      it("POINTS-3 expiry takes the expiring credit's unspent part, once", async () => {
        const past = new Date(Date.now() - 1000)
        await service.appendPoints({ customer_id: "cus_c", type: "earn", points: 50, reason: "Old order", idempotency_key: "earn:c1", expires_at: past })
        await service.appendPoints({ customer_id: "cus_c", type: "adjust", points: 30, reason: "Goodwill", idempotency_key: "adjust:c1" })
        await service.appendPoints({ customer_id: "cus_c", type: "adjust", points: -20, reason: "Correction", idempotency_key: "adjust:c2" })
        // The oldest credit paid the 20: 30 of it expire, the goodwill 30 stay.
        expect(await service.expirePoints(new Date())).toBe(1)
        expect(await service.expirePoints(new Date())).toBe(0)
        expect(await service.getPointsBalance("cus_c")).toBe(30)
        expect(await ledgerOf("cus_c")).toEqual({ sum: 30, remaining: 30, entries: 4 })
      })

      it("POINTS-1 property: random earn, reverse, adjust, exchange and expiry keep balance = ledger sum ≥ 0", async () => {
        const { id: offerId } = await offer({ points_cost: 7, stock: 100_000 })
        let run = 0
        const op = fc.oneof(
          fc.record({ kind: fc.constant("earn" as const), points: fc.integer({ min: 1, max: 60 }), expired: fc.boolean() }),
          fc.record({ kind: fc.constant("reverse" as const), back: fc.nat({ max: 5 }) }),
          fc.record({ kind: fc.constant("adjust" as const), points: fc.integer({ min: -40, max: 40 }).filter((n) => n !== 0) }),
          fc.record({ kind: fc.constant("exchange" as const) }),
          fc.record({ kind: fc.constant("expire" as const) }),
          fc.record({ kind: fc.constant("repeat" as const) })
        )
        await fc.assert(
          fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
            const customer = `cus_prop_${run++}`
            const earned: string[] = []
            let lastKey: { key: string; points: number } | null = null
            let i = 0
            for (const o of ops) {
              i++
              try {
                if (o.kind === "earn") {
                  const key = `earn:${customer}:${i}`
                  await service.appendPoints({ customer_id: customer, type: "earn", points: o.points, reason: "Order", idempotency_key: key, expires_at: o.expired ? new Date(Date.now() - 1) : null })
                  earned.push(key)
                  lastKey = { key, points: o.points }
                } else if (o.kind === "reverse" && earned.length) {
                  const key = earned[o.back % earned.length]
                  const [entry] = await service.listPointsEntries({ idempotency_key: key })
                  await service.appendPoints({ customer_id: customer, type: "refund", points: -entry.points, reason: "Cancelled", idempotency_key: key.replace("earn:", "reverse:"), clamp: true })
                } else if (o.kind === "adjust") {
                  await service.appendPoints({ customer_id: customer, type: "adjust", points: o.points, reason: "Admin", idempotency_key: `adjust:${customer}:${i}` })
                } else if (o.kind === "exchange") {
                  await service.exchangePoints({ customer_id: customer, offer_id: offerId })
                } else if (o.kind === "expire") {
                  await service.expirePoints(new Date())
                } else if (o.kind === "repeat" && lastKey) {
                  await service.appendPoints({ customer_id: customer, type: "earn", points: lastKey.points, reason: "Order", idempotency_key: lastKey.key })
                }
              } catch (e) {
                // Refusals (not enough points) are part of the game; anything else fails the property.
                if (!/Not enough points/.test((e as Error).message)) throw e
              }
            }
            const balance = await service.getPointsBalance(customer)
            const ledger = await ledgerOf(customer)
            expect(balance).toBeGreaterThanOrEqual(0)
            expect(ledger.sum).toBe(balance)
            expect(ledger.remaining).toBe(balance)
          }),
          { numRuns: 100 }
        )
      })
    })

    describe("exchanges (POINTS-6, POINTS-7)", () => {
      it("POINTS-6 deposits get readable numbers and the budget is deposited / drawn / remaining", async () => {
        const first = await service.depositBudget({ amount: 500_000, reason: "Double 11", currency_code: "JPY" })
        const second = await service.depositBudget({ amount: 999_999, reason: "Top-up", currency_code: "jpy" })
        expect([first, second].map((d) => (d as { deposit_number?: string }).deposit_number)).toEqual(["DEP-000001", "DEP-000002"])
        expect(await service.getBudgets()).toEqual([{ currency_code: "jpy", deposited: 1_499_999, drawn: 0, remaining: 1_499_999, deposits: 2 }])
      })

      it("POINTS-7 50 concurrent exchanges of a customer who can afford 10: exactly 10, balance 0", async () => {
        const { id } = await offer()
        await service.appendPoints({ customer_id: "cus_rich", type: "adjust", points: 1000, reason: "Gift", idempotency_key: "adjust:rich" })
        const results = await Promise.allSettled(Array.from({ length: 50 }, () => service.exchangePoints({ customer_id: "cus_rich", offer_id: id })))
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10)
        results.filter((r) => r.status === "rejected").forEach((r) => expect(String((r as PromiseRejectedResult).reason.message)).toContain("Not enough points"))
        expect(await service.getPointsBalance("cus_rich")).toBe(0)
        expect(await service.listCouponCodes({ customer_id: "cus_rich" })).toHaveLength(10)
        expect((await service.getBudgets())[0]).toMatchObject({ drawn: 550 })
      })

      it("POINTS-7 stock 5 under 20 concurrent customers: exactly 5 exchanges", async () => {
        const stocked = await offer({ stock: 5 })
        await Promise.all(Array.from({ length: 20 }, (_, i) => service.appendPoints({ customer_id: `cus_s${i}`, type: "adjust", points: 100, reason: "Gift", idempotency_key: `adjust:s${i}` })))
        const stockRuns = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => service.exchangePoints({ customer_id: `cus_s${i}`, offer_id: stocked.id })))
        expect(stockRuns.filter((r) => r.status === "fulfilled")).toHaveLength(5)
        const [row] = await service.listExchangeOffers({ id: stocked.id })
        expect(row.exchanged_count).toBe(5)
      })

      it("POINTS-6 a budget enough for 3 coupons funds exactly 3 of 10 concurrent exchanges", async () => {
        const funded = await offer({ stock: 100 }, 3 * 55)
        await Promise.all(Array.from({ length: 10 }, (_, i) => service.appendPoints({ customer_id: `cus_f${i}`, type: "adjust", points: 100, reason: "Gift", idempotency_key: `adjust:f${i}` })))
        const runs = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => service.exchangePoints({ customer_id: `cus_f${i}`, offer_id: funded.id })))
        expect(runs.filter((r) => r.status === "fulfilled")).toHaveLength(3)
        runs.filter((r) => r.status === "rejected").forEach((r) => expect(String((r as PromiseRejectedResult).reason.message)).toContain("budget"))
        expect(await service.getBudgets()).toEqual([{ currency_code: "jpy", deposited: 165, drawn: 165, remaining: 0, deposits: 1 }])
        // Nobody paid for a refused exchange.
        const balances = await Promise.all(Array.from({ length: 10 }, (_, i) => service.getPointsBalance(`cus_f${i}`)))
        expect(balances.filter((b) => b === 0)).toHaveLength(3)
        expect(balances.filter((b) => b === 100)).toHaveLength(7)
      })
      it("POINTS-9 a page of the ledger adds up to the balance, newest first; an unknown customer reads 0", async () => {
        for (let i = 1; i <= 5; i++) {
          await service.appendPoints({ customer_id: "cus_page", type: "earn", points: i * 10, reason: `Order #${i}`, idempotency_key: `earn:page${i}` })
        }
        const page = await service.getPointsPage("cus_page", 2, 1)
        expect(page).toMatchObject({ balance: 150, count: 5 })
        expect(page.entries.map((e) => e.reason)).toEqual(["Order #4", "Order #3"])
        expect(page.entries[0].balance_after).toBe(100)
        expect(await service.getPointsPage("cus_nobody", 10, 0)).toEqual({ balance: 0, count: 0, entries: [] })
      })

      it("POINTS-7 refusals name the reason: closed, sold out, unfunded, per-customer limit; a refused exchange writes nothing", async () => {
        const closed = await offer({ ends_at: new Date(Date.now() - 1000) })
        await service.appendPoints({ customer_id: "cus_r", type: "adjust", points: 1000, reason: "Gift", idempotency_key: "adjust:r" })
        await expect(service.exchangePoints({ customer_id: "cus_r", offer_id: closed.id })).rejects.toThrow("is not available now")
        const limited = await offer({ per_customer_limit: 1 })
        await service.exchangePoints({ customer_id: "cus_r", offer_id: limited.id })
        await expect(service.exchangePoints({ customer_id: "cus_r", offer_id: limited.id })).rejects.toThrow("the limit is 1")
        await expect(service.exchangePoints({ customer_id: "cus_r", offer_id: "cmxo_missing" })).rejects.toThrow("was not found")
        expect(await service.getPointsBalance("cus_r")).toBe(900)
        expect(await service.listPointsExchanges({ customer_id: "cus_r" })).toHaveLength(1)
        expect(await service.listCouponCodes({ customer_id: "cus_r" })).toHaveLength(1)
      })
      it("undoExchange gives back exactly what the exchange wrote, by id, in one transaction; a second undo does nothing", async () => {
        const { id, coupon_id } = await offer({ stock: 3 })
        const past = new Date(Date.now() + 86400_000)
        await service.appendPoints({ customer_id: "cus_u", type: "earn", points: 60, reason: "Order #1", idempotency_key: "earn:u1", expires_at: past })
        await service.appendPoints({ customer_id: "cus_u", type: "adjust", points: 60, reason: "Goodwill", idempotency_key: "adjust:u1" })
        const snapshot = async () => ({
          balance: await service.getPointsBalance("cus_u"),
          credits: (await service.listPointsEntries({ customer_id: "cus_u", remaining: { $gt: 0 } }, { order: { created_at: "ASC" } })).map((e) => [e.id, e.remaining]),
          budget: await service.getBudgets(),
          stock: (await service.listExchangeOffers({ id }))[0].exchanged_count,
          codes: (await service.listCouponCodes({ coupon_id })).length,
          marks: (await service.listCoupons({ id: coupon_id }, { select: ["codes_issued_at", "last_code_expires_at"] })).map((c) => [c.codes_issued_at, c.last_code_expires_at]),
          exchanges: (await service.listPointsExchanges({ customer_id: "cus_u" })).length,
          draws: (await service.listBudgetEntries({ type: "draw" })).length,
        })
        const before = await snapshot()
        const result = await service.exchangePoints({ customer_id: "cus_u", offer_id: id })
        // 100 points: all 60 of the oldest credit, 40 of the next.
        expect(result.undo.credits.map((c) => c.points)).toEqual([60, 40])
        expect(await snapshot()).not.toEqual(before)
        expect(await service.undoExchange(result.undo)).toBe(true)
        expect(await snapshot()).toEqual(before)
        expect(await service.undoExchange(result.undo)).toBe(false)
        expect(await snapshot()).toEqual(before)
        // The ledger stays append-only and adds up: the debit and its counter-entry.
        expect(await ledgerOf("cus_u")).toEqual({ sum: 120, remaining: 120, entries: 4 })
        // Two undos at once: one undoes, the other finds nothing to do.
        const again = await service.exchangePoints({ customer_id: "cus_u", offer_id: id })
        const both = await Promise.all([service.undoExchange(again.undo), service.undoExchange(again.undo)])
        expect(both.sort()).toEqual([false, true])
        expect(await snapshot()).toEqual(before)
      })

      it("undoDeposit takes exactly that deposit off, once; the last number is given back, an earlier one stays used", async () => {
        const first = await service.depositBudget({ amount: 1000, reason: "First", currency_code: "jpy" })
        const second = await service.depositBudget({ amount: 300, reason: "Second", currency_code: "jpy" })
        expect(await service.undoDeposit(second.id)).toBe(true)
        expect(await service.undoDeposit(second.id)).toBe(false)
        expect(await service.getBudgets()).toEqual([{ currency_code: "jpy", deposited: 1000, drawn: 0, remaining: 1000, deposits: 1 }])
        expect((await service.listBudgetEntries({ type: "deposit" })).map((e) => e.id)).toEqual([first.id])
        const again = await service.depositBudget({ amount: 5, reason: "Again", currency_code: "jpy" })
        expect(again.deposit_number).toBe("DEP-000002")
        // Not the last one: its number is not given twice.
        await service.depositBudget({ amount: 7, reason: "Later", currency_code: "jpy" })
        expect(await service.undoDeposit(again.id)).toBe(true)
        expect(await service.getBudgets()).toEqual([{ currency_code: "jpy", deposited: 1007, drawn: 0, remaining: 1007, deposits: 3 }])
        expect((await service.depositBudget({ amount: 1, reason: "Next", currency_code: "jpy" })).deposit_number).toBe("DEP-000004")
      })
    })
  },
})
