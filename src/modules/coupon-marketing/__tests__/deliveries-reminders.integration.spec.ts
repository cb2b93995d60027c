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

jest.setTimeout(180000)

type Sql = { execute: <T>(sql: string, params?: unknown[]) => Promise<T> }
const DAY = 24 * 3600_000

moduleIntegrationTestRunner<CouponMarketingModuleService>({
  moduleName: COUPON_MARKETING_MODULE,
  resolve: "./src/modules/coupon-marketing",
  moduleModels: [CouponSettings, Coupon, CouponCode, CouponUsage, CartCoupon, CouponArchive, PointsAccount, PointsEntry, ExchangeOffer, PointsExchange, BudgetEntry, BudgetAccount],
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

    describe("exchange reminder claim (POINTS-8)", () => {
      it("POINTS-8 claims each exchange expiring within the window once; used and already expired coupons are not reminded", async () => {
        const [due, used, later] = await exchanges(["cus_due", "cus_used", "cus_later"], 2)
        await sql().execute(`update cm_coupon_code set uses = max_uses where code = ?`, [used.code])
        await sql().execute(`update cm_coupon_code set expires_at = now() + interval '10 days' where code = ?`, [later.code])
        const now = new Date()

        const first = await service.claimExchangeReminders(now, new Date(now.getTime() + 3 * DAY))
        expect(first.map((r) => r.id)).toEqual([due.id])
        expect(first[0]).toMatchObject({ customer_id: "cus_due", code: due.code, currency_code: "jpy" })
        expect(Number(first[0].face_value)).toBe(55)
        expect(await service.claimExchangeReminders(now, new Date(now.getTime() + 3 * DAY))).toEqual([])

        // Past its expiry: never reminded.
        await sql().execute(`update cm_coupon_code set expires_at = now() - interval '1 minute' where code = ?`, [later.code])
        expect(await service.claimExchangeReminders(now, new Date(now.getTime() + 30 * DAY))).toEqual([])
      })

      it("POINTS-8 ten claims at once remind each exchange once", async () => {
        const made = await exchanges(["cus_1", "cus_2", "cus_3", "cus_4", "cus_5"], 2)
        const now = new Date()
        const runs = await Promise.all(Array.from({ length: 10 }, () => service.claimExchangeReminders(now, new Date(now.getTime() + 3 * DAY))))
        expect(runs.flat().map((r) => r.id).sort()).toEqual(made.map((m) => m.id).sort())
      })
    })
  },
})
