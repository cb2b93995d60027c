import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
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
import { Migration20261202070000 } from "../../migrations/Migration20261202070000"

jest.setTimeout(180000)

type Sql = { execute: <T>(sql: string, params?: unknown[]) => Promise<T> }

/**
 * The coupon side of the module service: uses under their limits (COUPON-13, COUPON-20, COUPON-21),
 * individual codes (COUPON-5, COUPON-7), the cart's coupon (COUPON-30) and the purge (COUPON-19).
 */
moduleIntegrationTestRunner<CouponMarketingModuleService>({
  moduleName: COUPON_MARKETING_MODULE,
  resolve: "./src/modules/coupon-marketing",
  moduleModels: [CouponSettings, Coupon, CouponCode, CouponUsage, CartCoupon, CouponArchive, PointsAccount, PointsEntry, ExchangeOffer, PointsExchange, BudgetEntry, BudgetAccount],
  moduleOptions: { timezone: "Asia/Tokyo" },
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = () => MikroOrmWrapper.forkManager() as unknown as Sql

    async function coupon(overrides: Record<string, unknown> = {}): Promise<{ id: string }> {
      const [created] = await service.createCoupons([
        {
          name: "¥100 off", audience: "anyone", code_mode: "fixed", code: `SAVE${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
          validity_type: "window", starts_at: new Date(Date.now() - 3600_000), ends_at: new Date(Date.now() + 86400_000),
          benefit_type: "fixed_amount", benefit_value: 100, currency_code: "jpy", promotion_id: `promo_${Math.random()}`,
          ...overrides,
        } as never,
      ])
      return created as unknown as { id: string }
    }

    const use = (couponId: string, cart: string, extra: Record<string, unknown> = {}) =>
      service.consumeCouponUse({
        coupon_id: couponId, cart_id: cart, code: "SAVE", currency_code: "jpy", eligible_total: 1000, discount_total: 100, ...extra,
      })

    async function liveUses(couponId: string) {
      const [row] = await sql().execute<{ n: string }[]>(
        `select count(*) as n from cm_coupon_usage where coupon_id = ? and released_at is null and deleted_at is null`,
        [couponId]
      )
      return Number(row.n)
    }

    describe("consumeCouponUse (COUPON-13, COUPON-20)", () => {
      it("records a use with what checkout gives", async () => {
        const c = await coupon()
        const usage = await use(c.id, "cart_1", { customer_id: "cus_1", email: "a@b.c" })
        expect(usage).toMatchObject({ coupon_id: c.id, cart_id: "cart_1", customer_id: "cus_1", email: "a@b.c", currency_code: "jpy" })
        expect(Number(usage.discount_total)).toBe(100)
        expect(await service.countCouponUses([c.id])).toEqual({ [c.id]: 1 })
        expect(await service.countCustomerUses([c.id], "cus_1")).toEqual({ [c.id]: 1 })
      })

      it("is idempotent per cart: a retried checkout answers the same use", async () => {
        const c = await coupon({ total_limit: 1 })
        const first = await use(c.id, "cart_retry")
        const again = await use(c.id, "cart_retry")
        expect(again.id).toBe(first.id)
        expect(await liveUses(c.id)).toBe(1)
      })

      it("refuses beyond the total limit with the generic message", async () => {
        const c = await coupon({ total_limit: 2 })
        await use(c.id, "cart_t1")
        await use(c.id, "cart_t2")
        await expect(use(c.id, "cart_t3")).rejects.toThrow("This coupon code is not valid: it has been used up")
        expect(await liveUses(c.id)).toBe(2)
      })

      it("refuses beyond the per-customer limit; guests are not counted per customer", async () => {
        const c = await coupon({ per_customer_limit: 1 })
        await use(c.id, "cart_p1", { customer_id: "cus_p" })
        await expect(use(c.id, "cart_p2", { customer_id: "cus_p" })).rejects.toThrow(
          "This coupon code is not valid: you have used it 1 time(s), the limit is 1"
        )
        await use(c.id, "cart_p3", { customer_id: "cus_other" })
        await use(c.id, "cart_p4")
        await use(c.id, "cart_p5")
        expect(await liveUses(c.id)).toBe(4)
      })

      it("an individual code is used once", async () => {
        const c = await coupon({ code_mode: "individual", code: null })
        const { codes } = await service.issueCouponCodes({ coupon_id: c.id, customer_ids: ["cus_i"] })
        await use(c.id, "cart_i1", { customer_id: "cus_i", coupon_code_id: codes[0].id })
        await expect(use(c.id, "cart_i2", { customer_id: "cus_i", coupon_code_id: codes[0].id })).rejects.toThrow(
          "This coupon code is not valid: it has been used"
        )
        const [code] = await service.listCouponCodes({ id: codes[0].id })
        expect(code.uses).toBe(1)
      })

      it("refuses a deleted or unknown coupon", async () => {
        const c = await coupon()
        await service.softDeleteCoupons([c.id])
        await expect(use(c.id, "cart_d")).rejects.toThrow("This coupon code is not valid")
        await expect(use("cpn_unknown", "cart_u")).rejects.toThrow("This coupon code is not valid")
      })

      it("40 concurrent checkouts never overrun a total limit of 7", async () => {
        const c = await coupon({ total_limit: 7 })
        const runs = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => use(c.id, `cart_race_${i}`)))
        expect(runs.filter((r) => r.status === "fulfilled")).toHaveLength(7)
        expect(await liveUses(c.id)).toBe(7)
      })

      it("30 concurrent checkouts of one customer never overrun a per-customer limit of 3", async () => {
        const c = await coupon({ per_customer_limit: 3 })
        const runs = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => use(c.id, `cart_pc_${i}`, { customer_id: "cus_race" })))
        expect(runs.filter((r) => r.status === "fulfilled")).toHaveLength(3)
        expect(await service.countCustomerUses([c.id], "cus_race")).toEqual({ [c.id]: 3 })
      })

      it("undoCouponUse removes the use and gives the code's use back", async () => {
        const c = await coupon({ code_mode: "individual", code: null })
        const { codes } = await service.issueCouponCodes({ coupon_id: c.id, customer_ids: ["cus_u"] })
        const usage = await use(c.id, "cart_undo", { customer_id: "cus_u", coupon_code_id: codes[0].id })
        await service.undoCouponUse(usage.id)
        expect(await liveUses(c.id)).toBe(0)
        const [code] = await service.listCouponCodes({ id: codes[0].id })
        expect(code.uses).toBe(0)
        await use(c.id, "cart_undo_2", { customer_id: "cus_u", coupon_code_id: codes[0].id })
      })

      it("releaseOrderCouponUse gives a cancelled order's use back exactly once (COUPON-21)", async () => {
        const c = await coupon({ code_mode: "individual", code: null, total_limit: 1 })
        const { codes } = await service.issueCouponCodes({ coupon_id: c.id, customer_ids: ["cus_r"] })
        const usage = await use(c.id, "cart_rel", { customer_id: "cus_r", coupon_code_id: codes[0].id })
        await service.updateCouponUsages({ id: usage.id, order_id: "order_rel" })
        const runs = await Promise.all(Array.from({ length: 5 }, () => service.releaseOrderCouponUse("order_rel")))
        expect(runs.flat()).toEqual([{ id: usage.id, coupon_id: c.id, coupon_code_id: codes[0].id }])
        const [code] = await service.listCouponCodes({ id: codes[0].id })
        expect(code.uses).toBe(0)
        expect(await liveUses(c.id)).toBe(0)
        await use(c.id, "cart_rel_2", { customer_id: "cus_r", coupon_code_id: codes[0].id })
      })

      it("linkCouponUseToOrder ties a cart's use to its order exactly once under concurrency; unlink undoes it", async () => {
        const c = await coupon()
        const usage = await use(c.id, "cart_link", { customer_id: "cus_l" })
        const order = { order_id: "order_link", order_display_id: 7, ordered_at: new Date("2026-12-02T07:00:00Z"), orderer_name: "Hanako Sato", email: "h@example.com" }
        const runs = await Promise.all(Array.from({ length: 10 }, () => service.linkCouponUseToOrder("cart_link", order)))
        const linked = runs.flat()
        expect(linked).toHaveLength(1)
        expect(linked[0]).toMatchObject({ id: usage.id, coupon_id: c.id, code: "SAVE", customer_id: "cus_l", cart_id: "cart_link", order_id: "order_link", currency_code: "jpy" })
        expect(Number(linked[0].discount_total)).toBe(100)
        const [row] = await service.listCouponUsages({ id: usage.id })
        expect(row).toMatchObject({ order_id: "order_link", order_display_id: 7, orderer_name: "Hanako Sato", email: "h@example.com" })
        expect(await service.linkCouponUseToOrder("cart_link", { ...order, order_id: "order_other" })).toEqual([])

        await service.unlinkCouponUseFromOrder(usage.id, "order_link")
        expect((await service.listCouponUsesForEvent([usage.id]))[0].order_id).toBeNull()
        expect(await service.linkCouponUseToOrder("cart_link", order)).toHaveLength(1)
      })
    })

    describe("issueCouponCodes (COUPON-5, COUPON-7)", () => {
      it("issues one 12-character code per customer and records the coupon's issue", async () => {
        const c = await coupon({ code_mode: "individual", code: null })
        const out = await service.issueCouponCodes({ coupon_id: c.id, customer_ids: ["cus_a", "cus_b", "cus_a"] })
        expect(out).toMatchObject({ issued: 2, skipped: 0 })
        expect(out.codes.map((x) => x.customer_id).sort()).toEqual(["cus_a", "cus_b"])
        out.codes.forEach((x) => expect(x.code).toMatch(/^[A-Z0-9]{12}$/))
        const [row] = await service.listCoupons({ id: c.id })
        expect(row.codes_issued_at).toBeTruthy()
        expect(await service.countIssuedCodes([c.id])).toEqual({ [c.id]: 2 })
      })

      it("skips holders once per customer; once_per_customer false gives a new code", async () => {
        const c = await coupon({ code_mode: "individual", code: null })
        await service.issueCouponCodes({ coupon_id: c.id, customer_ids: ["cus_h1"] })
        const again = await service.issueCouponCodes({ coupon_id: c.id, customer_ids: ["cus_h1", "cus_h2"] })
        expect(again).toMatchObject({ issued: 1, skipped: 1 })
        expect(again.codes[0].customer_id).toBe("cus_h2")
        const extra = await service.issueCouponCodes({ coupon_id: c.id, customer_ids: ["cus_h1"], once_per_customer: false, source: "exchange", source_id: "x_1" })
        expect(extra).toMatchObject({ issued: 1, skipped: 0 })
        const [code] = await service.listCouponCodes({ id: extra.codes[0].id })
        expect(code).toMatchObject({ source: "exchange", source_id: "x_1", max_uses: 1, uses: 0 })
        expect(await service.countIssuedCodes([c.id])).toEqual({ [c.id]: 3 })
      })

      it("a relative coupon's codes expire at the end of the last day in the store's zone", async () => {
        const c = await coupon({ code_mode: "individual", code: null, validity_type: "relative", valid_days: 7, starts_at: null, ends_at: null })
        const now = new Date("2026-12-01T20:00:00Z") // 12-02 05:00 in Tokyo
        const out = await service.issueCouponCodes({ coupon_id: c.id, customer_ids: ["cus_rel"], now })
        expect(new Date(out.codes[0].expires_at!).toISOString()).toBe("2026-12-09T14:59:59.999Z")
        const [row] = await service.listCoupons({ id: c.id })
        expect(new Date(row.last_code_expires_at!).toISOString()).toBe("2026-12-09T14:59:59.999Z")
      })

      it("issues 12,000 codes in one call, all distinct", async () => {
        const c = await coupon({ code_mode: "individual", code: null })
        const ids = Array.from({ length: 12_000 }, (_, i) => `cus_bulk_${i}`)
        const out = await service.issueCouponCodes({ coupon_id: c.id, customer_ids: ids })
        expect(out.issued).toBe(12_000)
        expect(new Set(out.codes.map((x) => x.code)).size).toBe(12_000)
        const again = await service.issueCouponCodes({ coupon_id: c.id, customer_ids: ids })
        expect(again).toMatchObject({ issued: 0, skipped: 12_000 })
      })

      it("refuses a fixed-code coupon and an unknown one", async () => {
        const c = await coupon()
        await expect(service.issueCouponCodes({ coupon_id: c.id, customer_ids: ["cus_x"] })).rejects.toThrow(
          `Coupon ${c.id} uses a fixed code: individual codes cannot be issued for it`
        )
        await expect(service.issueCouponCodes({ coupon_id: "cpn_nope", customer_ids: ["cus_x"] })).rejects.toThrow(
          "Coupon with id: cpn_nope was not found"
        )
        expect(await service.countIssuedCodes([c.id])).toEqual({ [c.id]: 0 })
      })

      it("concurrent issues to one customer give one code (the coupon row is locked)", async () => {
        const c = await coupon({ code_mode: "individual", code: null })
        const runs = await Promise.all(Array.from({ length: 10 }, () => service.issueCouponCodes({ coupon_id: c.id, customer_ids: ["cus_once"] })))
        expect(runs.reduce((n, r) => n + r.issued, 0)).toBe(1)
        expect(await service.countIssuedCodes([c.id])).toEqual({ [c.id]: 1 })
      })

      it("listUsableCodesOf answers a customer's codes still usable", async () => {
        const c = await coupon({ code_mode: "individual", code: null })
        const { codes } = await service.issueCouponCodes({ coupon_id: c.id, customer_ids: ["cus_usable"] })
        await service.issueCouponCodes({ coupon_id: c.id, customer_ids: ["cus_usable"], once_per_customer: false })
        await use(c.id, "cart_usable", { customer_id: "cus_usable", coupon_code_id: codes[0].id })
        const usable = await service.listUsableCodesOf("cus_usable", new Date())
        expect(usable).toHaveLength(1)
        expect(usable[0].id).not.toBe(codes[0].id)
      })
    })

    describe("replaceCartCoupon (COUPON-30)", () => {
      it("applies, replaces (answering the previous) and clears", async () => {
        const a = await coupon()
        const b = await coupon()
        const first = await service.replaceCartCoupon("cart_rc", { coupon_id: a.id, code: "AAAA", coupon_code_id: null, customer_id: "cus_rc" })
        expect(first.previous).toBeNull()
        expect(first.current).toMatchObject({ cart_id: "cart_rc", coupon_id: a.id, code: "AAAA", coupon_code_id: null, customer_id: "cus_rc" })
        expect(first.current!.id).toMatch(/^cpcart_/)
        const second = await service.replaceCartCoupon("cart_rc", { coupon_id: b.id, code: "BBBB", coupon_code_id: null, customer_id: null })
        expect(second.previous).toEqual(first.current)
        expect(second.current).toMatchObject({ coupon_id: b.id, code: "BBBB" })
        const cleared = await service.replaceCartCoupon("cart_rc", null)
        expect(cleared.previous).toEqual(second.current)
        expect(cleared.current).toBeNull()
        expect(await service.listCartCoupons({ cart_id: "cart_rc" })).toHaveLength(0)
      })

      it("concurrent replaces leave one coupon on the cart", async () => {
        const cs = await Promise.all(Array.from({ length: 5 }, () => coupon()))
        await Promise.allSettled(
          Array.from({ length: 20 }, (_, i) => service.replaceCartCoupon("cart_many", { coupon_id: cs[i % 5].id, code: `C${i}`, coupon_code_id: null, customer_id: null }))
        )
        expect(await service.listCartCoupons({ cart_id: "cart_many" })).toHaveLength(1)
      })
    })

    describe("purgeEndedCoupons (COUPON-19)", () => {
      const now = new Date("2026-12-02T00:00:00Z")
      const longAgo = { starts_at: new Date("2023-01-01T00:00:00Z"), ends_at: new Date("2023-06-01T00:00:00Z") }

      it("purges coupons ended more than 3 years ago with their rows, keeps the rest, archives the usage", async () => {
        const old = await coupon({ ...longAgo, promotion_id: "promo_old", total_limit: 10 })
        const recent = await coupon({ starts_at: new Date("2024-01-01T00:00:00Z"), ends_at: new Date("2024-06-01T00:00:00Z") })
        const relative = await coupon({ code_mode: "individual", code: null, validity_type: "relative", valid_days: 1, starts_at: null, ends_at: null, promotion_id: "promo_rel" })
        await service.issueCouponCodes({ coupon_id: relative.id, customer_ids: ["cus_p1", "cus_p2"], now: new Date("2022-01-01T00:00:00Z") })
        await use(old.id, "cart_old_1", { eligible_total: 1000, discount_total: 100 })
        await use(old.id, "cart_old_2", { eligible_total: 500, discount_total: 50 })
        await service.replaceCartCoupon("cart_old_3", { coupon_id: old.id, code: "OLD", coupon_code_id: null, customer_id: null })
        await service.softDeleteCoupons([recent.id])

        const purged = await service.purgeEndedCoupons(now)
        expect(purged.sort((x, y) => x.coupon_id.localeCompare(y.coupon_id))).toEqual(
          [{ coupon_id: old.id, promotion_id: "promo_old" }, { coupon_id: relative.id, promotion_id: "promo_rel" }].sort((x, y) => x.coupon_id.localeCompare(y.coupon_id))
        )
        for (const table of ["cm_coupon_usage", "cm_coupon_code", "cm_cart_coupon"]) {
          const [row] = await sql().execute<{ n: string }[]>(`select count(*) as n from ${table} where coupon_id in (?, ?)`, [old.id, relative.id])
          expect({ table, n: Number(row.n) }).toEqual({ table, n: 0 })
        }
        const [left] = await sql().execute<{ n: string }[]>(`select count(*) as n from cm_coupon where id in (?, ?, ?)`, [old.id, relative.id, recent.id])
        expect(Number(left.n)).toBe(1)
        const archives = await service.listCouponArchives({ coupon_id: [old.id, relative.id] })
        const oldArchive = archives.find((a) => a.coupon_id === old.id)!
        expect(oldArchive).toMatchObject({ uses: 2, codes_issued: 0, name: "¥100 off" })
        expect(Number(oldArchive.eligible_total)).toBe(1500)
        expect(Number(oldArchive.discount_total)).toBe(150)
        expect(archives.find((a) => a.coupon_id === relative.id)).toMatchObject({ uses: 0, codes_issued: 2 })

        expect(await service.purgeEndedCoupons(now)).toEqual([])
      })

      it("purges in batches of `limit`", async () => {
        await Promise.all(Array.from({ length: 5 }, () => coupon(longAgo)))
        const first = await service.purgeEndedCoupons(now, 3)
        expect(first).toHaveLength(3)
        const second = await service.purgeEndedCoupons(now, 3)
        expect(second).toHaveLength(2)
        expect(await service.purgeEndedCoupons(now, 3)).toHaveLength(0)
      })
    })

    describe("attempt throttle (COUPON-32)", () => {
      // The counter has no model (raw SQL only): its table comes from its own migration.
      beforeEach(async () => {
        const migration = new Migration20261202070000(null as never, {} as never)
        await migration.up()
        for (const statement of migration.getQueries()) await sql().execute(String(statement))
      })

      it("counts parallel attempts one by one, gives back a good one, forgets old windows", async () => {
        const counts = await Promise.all(Array.from({ length: 30 }, () => service.takeAttempt(["cart:t", "ip:1"], 60)))
        expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1))
        await service.releaseAttempt(["cart:t", "ip:1"])
        expect(await service.takeAttempt(["cart:t"], 60)).toBe(30)
        await sql().execute(`update cm_attempt_counter set window_start = now() - interval '2 hours'`)
        await service.purgeAttemptCounters(3600)
        expect(await service.takeAttempt(["cart:t"], 60)).toBe(1)
      })
    })
  },
})
