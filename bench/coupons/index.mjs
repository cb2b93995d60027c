// `npm run bench -- coupons`: one throw-away store, then the three coupon benchmarks in order
// (each reuses what the one before left: the customers, the 100,000 issued codes, the live
// coupons). BENCH_ONLY=apply or BENCH_ONLY=report skips the other one of those two
// (issuing always runs: both use its data).
import { benchApply } from "./apply.mjs"
import { benchIssue } from "./issue.mjs"
import { benchReport } from "./report.mjs"
import {
  LIVE_COUPONS_MAX,
  SIZES,
  activateWindowCoupons,
  createCatalog,
  createCoupon,
  fixedCoupon,
  liveCoupons,
} from "./setup.mjs"
import { startBenchStore } from "../lib/store.mjs"

const DEFAULT_SIZES = {
  customers: 100_000,
  nativePromotions: 2_000,
  nativeBatch: 100,
  applyRuns: 200,
  applyWarmup: 20,
  individualRuns: 100,
  reportRows: 200_000,
}

export default async function coupons(ctx) {
  const changed = Object.entries(SIZES).filter(([k, v]) => DEFAULT_SIZES[k] !== v)
  if (changed.length) {
    ctx.log(`NOTE: sizes changed from the defaults (${changed.map(([k, v]) => `${k}=${v}`).join(", ")}): the figures are not comparable with a default run`)
  }
  const only = new Set((process.env.BENCH_ONLY ?? "issue,apply,report").split(",").map((s) => s.trim()))

  const store = await startBenchStore(ctx, { name: `bench_coupons_${process.pid}` })
  const catalog = await ctx.step("creating the catalog (admin API)", () => createCatalog(ctx, store))

  // 1. Issue 100,000 individual codes (and Medusa's one-promotion-per-code beside it).
  const issued = await benchIssue(ctx, store)

  // The live coupons of a busy store: the individual one above, the fixed code the cart
  // benchmark applies, the report's coupon, and others up to the cap (COUPON-14).
  const coupons = await ctx.step(`creating coupons up to the cap of ${LIVE_COUPONS_MAX} live ones (admin API)`, async () => {
    const apply = await createCoupon(store, fixedCoupon("Bench 10% off", "BENCH10"))
    const report = await createCoupon(store, fixedCoupon("Bench report", "BENCHREPORT"))
    const warm = await createCoupon(store, fixedCoupon("Bench report warm-up", "BENCHWARM"))
    const missing = LIVE_COUPONS_MAX - (await liveCoupons(store))
    for (let i = 0; i < missing; i++) {
      const benefit =
        i % 2 ? { benefit_type: "percent", benefit_value: 5 + (i % 20) } : { benefit_type: "fixed_amount", benefit_value: 100 * (1 + (i % 10)) }
      await createCoupon(store, fixedCoupon(`Bench filler ${i + 1}`, `FILLER${String(i + 1).padStart(3, "0")}`, benefit))
    }
    const activated = await activateWindowCoupons(store.db.pool)
    const live = await liveCoupons(store)
    ctx.log(`  ${live} live coupons (${activated} window coupons moved to active)`)
    return { apply, report, warm }
  })

  // 2. Apply a code to a cart: plugin vs Medusa, then an individual code.
  if (only.has("apply")) {
    await benchApply(ctx, store, catalog, {
      pluginCode: coupons.apply.code,
      individualCouponId: issued.couponId,
      groupId: issued.groupId,
    })
  }

  // 3. Stream the usage report of 200,000 uses.
  if (only.has("report")) {
    await benchReport(ctx, store, catalog, {
      reportCouponId: coupons.report.id,
      reportCode: coupons.report.code,
      warmupCouponId: coupons.warm.id,
      warmupCode: coupons.warm.code,
    })
  }
}
