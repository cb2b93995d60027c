/**
 * The figures a developer checks the demo by, logged at the end of every run: coupon uses (and
 * how many name their order: the usage report and the order widget read those), the ledger's
 * `earn` entries, and the coupons per status (one of each is seeded).
 */
import { COUPON_MARKETING_MODULE } from "../../src/modules/coupon-marketing"
import type CouponMarketingModuleService from "../../src/modules/coupon-marketing/service"
import { type CouponRow, statusOf } from "../../src/workflows/coupons/utils/coupon-row"
import type { SeedContext } from "./context"

export async function logDemoFigures(ctx: SeedContext): Promise<void> {
  const service = ctx.container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const [usages, earned, coupons] = await Promise.all([
    service.listCouponUsages({ released_at: null }, { select: ["id", "order_id"], take: null }),
    service.listPointsEntries({ type: "earn" }, { select: ["points"], take: null }),
    service.listCoupons({}, { take: null }) as unknown as Promise<CouponRow[]>,
  ])
  const now = new Date()
  const byStatus = new Map<string, number>()
  for (const c of coupons) byStatus.set(statusOf(c, now), (byStatus.get(statusOf(c, now)) ?? 0) + 1)
  ctx.logger.info(
    `[seed] figures: ${usages.length} coupon use(s), ${usages.filter((u) => u.order_id).length} with their order; ` +
      `${earned.length} earn entries (${earned.reduce((sum, e) => sum + e.points, 0)} points); coupons ` +
      [...byStatus].map(([status, n]) => `${status} ${n}`).join(", ")
  )
  const { rows: gifts } = await service.listGiftActivities({ limit: 10, offset: 0 })
  for (const g of gifts) ctx.logger.info(`[seed] figures: sign-up gift "${g.name}": ${(await service.getGiftActivity(g.id))?.grants ?? 0} grant(s)`)
}
