/**
 * Demo data for the development store (SPEC §8):
 *
 *   npx medusa exec ./scripts/seed.ts
 *
 * Idempotent part by part: every part looks its records up by a natural key (name, handle, SKU,
 * email, `metadata.demo_seed`, an idempotency key) and creates only what is missing, so a second
 * run adds nothing and a run that failed half-way is completed by the next one. One part per
 * file in ./seed/ (static data: ./seed/demo-data.ts), run in this order:
 *
 *   store, regions, shipping  the sales channel and key, regions and taxes, warehouse and shipping
 *   catalog, customers        3 categories and 20 products; 50 customers (members for 200 days), 10 in "VIP"
 *   coupons                   one coupon in each state: active, scheduled, individual codes, ended
 *   orders                    30 orders over 60 days, each earning its points
 *   points                    exchange budget and offer, welcome points, one exchange
 *   coupon-orders             5 orders through a cart with a coupon: uses, the order widget, points
 *   followers                 30 followers over 5 months: verified and consenting, unverified, unsubscribed
 *   pushes                    one push sent 11 days ago to the followers (its deliveries), one scheduled direct push
 *   gifts                     the sign-up gift "Join gift" (200 points and a coupon), active; 4 members who got it, one gift order
 *   admin                     the admin's login
 *
 * Env: SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD (default admin@coupon-demo.local / supersecret).
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureAdminUser } from "./seed/admin"
import { ensureCategories, ensureProducts } from "./seed/catalog"
import { Progress, type SeedContext } from "./seed/context"
import { ensureCouponOrders } from "./seed/coupon-orders"
import { ensureCoupons } from "./seed/coupons"
import { ensureCustomers, ensureVipGroup } from "./seed/customers"
import { ensureFollowers } from "./seed/followers"
import { ensureGifts } from "./seed/gifts"
import { ensureOrders } from "./seed/orders"
import { ensurePushes } from "./seed/pushes"
import { ensurePointsDemo } from "./seed/points"
import { ensureRegions, ensureTaxInclusivePrices, ensureTaxRegions } from "./seed/regions"
import { ensureShipping, ensureStockLocation } from "./seed/shipping"
import { logDemoFigures } from "./seed/summary"
import { ensurePublishableKey, ensureSalesChannel, ensureStoreSettings } from "./seed/store"

const ADMIN_URL = `http://localhost:${process.env.PORT || 9000}/app`

export default async function seed({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ctx: SeedContext = { container, logger, progress: new Progress(logger) }
  logger.info("[seed] Seeding the coupon demo store...")

  const salesChannel = await ensureSalesChannel(ctx)
  const publishableKey = await ensurePublishableKey(ctx, salesChannel)
  const regions = await ensureRegions(ctx)
  await ensureTaxInclusivePrices(ctx, regions)
  await ensureTaxRegions(ctx)
  const location = await ensureStockLocation(ctx, salesChannel)
  const shippingOptionIds = await ensureShipping(ctx, location, regions)
  await ensureStoreSettings(ctx, salesChannel, regions.japan, location)

  const categories = await ensureCategories(ctx)
  await ensureProducts(ctx, categories, salesChannel)
  const customers = await ensureCustomers(ctx)
  await ensureVipGroup(ctx, customers)

  const coupons = await ensureCoupons(ctx)
  const shop = { customers, regions, salesChannel, shippingOptionIds }
  await ensureOrders(ctx, shop)
  await ensurePointsDemo(ctx, customers)
  await ensureCouponOrders(ctx, { ...shop, coupons })
  await ensureFollowers(ctx, customers)
  await ensurePushes(ctx, coupons)
  await ensureGifts(ctx, shop)
  const admin = await ensureAdminUser(ctx)
  await logDemoFigures(ctx)

  if (ctx.progress.present.length) {
    logger.info(`[seed] Demo data already present (skipped): ${ctx.progress.present.join(", ")}`)
  }
  logger.info(
    [
      "",
      "──────────── Coupon demo store ────────────",
      `Admin: ${ADMIN_URL}  email: ${admin.email}  password: ${admin.password}${
        admin.created ? "" : " (login existed already: password left unchanged)"
      }`,
      `Publishable key: ${publishableKey}`,
      "───────────────────────────────────────────",
    ].join("\n")
  )
}
