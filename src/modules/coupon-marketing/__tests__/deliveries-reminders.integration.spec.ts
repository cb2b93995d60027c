import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { COUPON_MARKETING_MODULE } from ".."
import CouponMarketingModuleService from "../service"
import { CouponSettings } from "../models/coupon-settings"
import { Coupon } from "../models/coupon"
import { CouponCode } from "../models/coupon-code"
import { CouponUsage } from "../models/coupon-usage"
import { CartCoupon } from "../models/cart-coupon"
import { CouponArchive } from "../models/coupon-archive"
import { PointsAccount } from "../models/points-account"
import { PointsEntry } from "../models/points-entry"
import { ExchangeOffer } from "../models/exchange-offer"
import { PointsExchange } from "../models/points-exchange"
import { BudgetEntry } from "../models/budget-entry"
import { BudgetAccount } from "../models/budget-account"
import { Delivery } from "../models/delivery"
import type { ExchangeReminderInput } from "../types/deliveries"

jest.setTimeout(180000)

type Sql = { execute: <T>(sql: string, params?: unknown[]) => Promise<T> }
const DAY = 24 * 3600_000

moduleIntegrationTestRunner<CouponMarketingModuleService>({
  moduleName: COUPON_MARKETING_MODULE,
  resolve: "./src/modules/coupon-marketing",
  moduleModels: [CouponSettings, Coupon, CouponCode, CouponUsage, CartCoupon, CouponArchive, PointsAccount, PointsEntry, ExchangeOffer, PointsExchange, BudgetEntry, BudgetAccount, Delivery],
  moduleOptions: { timezone: "Asia/Tokyo" },
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = () => MikroOrmWrapper.forkManager() as unknown as Sql

    /** A funded offer whose coupon is valid `validDays`, and one exchange of it per customer. */
    async function exchanges(customers: string[], validDays = 2) {
      const [coupon] = await service.createCoupons([
        {
          name: "Exchange ¥55 off", audience: "members_only", code_mode: "individual", validity_type: "relative", valid_days: validDays,
          benefit_type: "fixed_amount", benefit_value: 55, currency_code: "jpy", condition_type: "min_total", condition_value: 299,
        } as never,
      ])
      const [offer] = await service.createExchangeOffers([
        { name: "¥55 off ¥299", coupon_id: (coupon as { id: string }).id, face_value: 55, threshold: 299, currency_code: "jpy", points_cost: 10, stock: 1000, valid_days: validDays } as never,
      ])
      await service.depositBudget({ amount: 100_000, reason: "Test budget", currency_code: "jpy" })
      const out: { id: string; code: string }[] = []
      for (const customer of customers) {
        await service.appendPoints({ customer_id: customer, type: "earn", points: 10, reason: "Gift", idempotency_key: `earn:${customer}` })
        out.push(await service.exchangePoints({ customer_id: customer, offer_id: (offer as { id: string }).id }))
      }
      return out
    }

    /** What the daily job does: the due exchanges, claimed with one feed delivery each. */
    async function claim(now: Date, until: Date) {
      const due = await service.listDueExchangeReminders(now, until)
      const reminders: ExchangeReminderInput[] = due.map((r) => ({
        exchange_id: r.id,
        deliveries: [{ key: `exchange-reminder:${r.id}:feed`, purpose: "exchange_reminder", channel: "feed", customer_id: r.customer_id, to: r.customer_id, template: "t", data: { code: r.code } }],
      }))
      const claimed = await service.claimExchangeReminders(reminders, now)
      return due.filter((r) => claimed.exchange_ids.includes(r.id)).map((r) => ({ ...r, deliveries: claimed.deliveries.filter((d) => d.resource_id === r.id || d.key.includes(r.id)) }))
    }

    describe("exchange reminder claim (POINTS-8)", () => {
      it("POINTS-8 claims each exchange expiring within the window once; used and already expired coupons are not reminded", async () => {
        const [due, used, later] = await exchanges(["cus_due", "cus_used", "cus_later"], 2)
        await sql().execute(`update cm_coupon_code set uses = max_uses where code = ?`, [used.code])
        await sql().execute(`update cm_coupon_code set expires_at = now() + interval '10 days' where code = ?`, [later.code])
        const now = new Date()

        const first = await claim(now, new Date(now.getTime() + 3 * DAY))
        expect(first.map((r) => r.id)).toEqual([due.id])
        expect(first[0]).toMatchObject({ customer_id: "cus_due", code: due.code, currency_code: "jpy" })
        expect(Number(first[0].face_value)).toBe(55)
        // Marked reminded and queued together.
        expect(first[0].deliveries).toHaveLength(1)
        const [x] = await sql().execute<{ reminded_at: Date | null }[]>(`select reminded_at from cm_points_exchange where id = ?`, [due.id])
        expect(x.reminded_at).not.toBeNull()
        expect(await claim(now, new Date(now.getTime() + 3 * DAY))).toEqual([])

        // Past its expiry: never reminded.
        await sql().execute(`update cm_coupon_code set expires_at = now() - interval '1 minute' where code = ?`, [later.code])
        expect(await claim(now, new Date(now.getTime() + 30 * DAY))).toEqual([])
      })

      it("POINTS-8 ten claims at once remind each exchange once", async () => {
        const made = await exchanges(["cus_1", "cus_2", "cus_3", "cus_4", "cus_5"], 2)
        const now = new Date()
        const runs = await Promise.all(Array.from({ length: 10 }, () => claim(now, new Date(now.getTime() + 3 * DAY))))
        expect(runs.flat().map((r) => r.id).sort()).toEqual(made.map((m) => m.id).sort())
        const [{ n }] = await sql().execute<{ n: string }[]>(`select count(*) as n from cm_delivery`)
        expect(Number(n)).toBe(5)
      })

      it("POINTS-8 an exchange claimed by another run is not queued again, even with the deliveries in hand", async () => {
        const [made] = await exchanges(["cus_x"], 2)
        const now = new Date()
        const due = await service.listDueExchangeReminders(now, new Date(now.getTime() + 3 * DAY))
        const reminders = due.map((r) => ({ exchange_id: r.id, deliveries: [{ key: `k:${r.id}`, purpose: "exchange_reminder", channel: "feed", to: r.customer_id, template: "t" }] }))
        const [a, b] = await Promise.all([service.claimExchangeReminders(reminders, now), service.claimExchangeReminders(reminders, now)])
        expect([...a.exchange_ids, ...b.exchange_ids]).toEqual([made.id])
        expect(a.deliveries.length + b.deliveries.length).toBe(1)
        // Compensation: remindable again, the pending delivery gone.
        const winner = a.exchange_ids.length ? a : b
        await service.releaseExchangeReminders(winner.exchange_ids, winner.deliveries.map((d) => d.id))
        expect((await service.listDueExchangeReminders(now, new Date(now.getTime() + 3 * DAY))).map((r) => r.id)).toEqual([made.id])
        const [{ n }] = await sql().execute<{ n: string }[]>(`select count(*) as n from cm_delivery`)
        expect(Number(n)).toBe(0)
      })
    })
  },
})
