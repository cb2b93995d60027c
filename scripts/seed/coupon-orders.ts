/**
 * Orders that used coupons (COUPON_ORDERS in ./demo-data.ts): members check out through a
 * cart with "Welcome 10% off" or their own "VIP ¥500 off" code (./checkout.ts), so the
 * coupons' usage reports are not empty, those orders show the "Coupon" widget in the admin and
 * earn points. They are placed now, inside the coupons' windows (not dated back).
 *
 * Idempotent: an order is found by `metadata.demo_seed`; a found one gets its `order.placed`
 * work again (idempotent too), which completes a run that stopped right after the checkout.
 */
import type { SalesChannelDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../../src/modules/coupon-marketing"
import type CouponMarketingModuleService from "../../src/modules/coupon-marketing/service"
import { type CheckoutInput, checkoutWithCoupon, CouponNotUsable } from "./checkout"
import type { Regions, SeedContext, SeededCustomer } from "./context"
import type { DemoCoupons } from "./coupons"
import { addressFor, COUPON_ORDERS, type CouponOrderSeed, PEOPLE, REGIONS, type RegionKey } from "./demo-data"
import { deliverOrderPlaced } from "./order-placed"
import { reportEarned } from "./orders"

export type CouponOrdersInput = {
  customers: SeededCustomer[]
  regions: Regions
  salesChannel: SalesChannelDTO
  shippingOptionIds: Record<RegionKey, string>
  coupons: DemoCoupons
}

/** The code the shopper of `seed` types: the fixed code, or their own individual code. */
async function codeFor(ctx: SeedContext, seed: CouponOrderSeed, customer: SeededCustomer, coupons: DemoCoupons): Promise<string> {
  const coupon = coupons[seed.coupon]
  if (!coupon) throw new Error(`Demo order ${seed.key}: coupon "${seed.coupon}" not seeded`)
  if (coupon.code) return coupon.code
  const service = ctx.container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const [own] = await service.listCouponCodes({ coupon_id: coupon.id, customer_id: customer.id }, { take: 1, select: ["code"] })
  if (!own) throw new Error(`Demo order ${seed.key}: customer #${customer.n} holds no code of coupon ${coupon.id}`)
  return own.code
}

export async function ensureCouponOrders(ctx: SeedContext, input: CouponOrdersInput): Promise<void> {
  const orderService = ctx.container.resolve(Modules.ORDER)
  const productService = ctx.container.resolve(Modules.PRODUCT)

  const customerIds = [...new Set(COUPON_ORDERS.map((o) => o.customer))].map((n) => {
    const customer = input.customers.find((c) => c.n === n)
    if (!customer) throw new Error(`Demo coupon orders: customer #${n} not seeded`)
    return customer.id
  })
  const existing = await orderService.listOrders({ customer_id: customerIds }, { select: ["id", "metadata"], take: null })
  const orderIdBySeedKey = new Map(
    existing
      .map((o) => [(o.metadata as { demo_seed?: string } | null)?.demo_seed, o.id] as const)
      .filter((e): e is readonly [string, string] => !!e[0])
  )

  const skus = COUPON_ORDERS.flatMap((o) => o.items.map((i) => i.sku))
  const variants = await productService.listProductVariants({ sku: skus }, { select: ["id", "sku"] })
  const variantIdBySku = new Map(variants.map((v) => [v.sku, v.id]))

  const orderIds: string[] = []
  let createdCount = 0
  for (const seed of COUPON_ORDERS) {
    const found = orderIdBySeedKey.get(seed.key)
    if (found) {
      await deliverOrderPlaced(ctx, found)
      orderIds.push(found)
      continue
    }
    const customer = input.customers.find((c) => c.n === seed.customer)!
    const person = PEOPLE[customer.n - 1]
    const regionSeed = REGIONS.find((r) => r.countries.includes(person.country_code))!
    const checkout: CheckoutInput = {
      region_id: input.regions[regionSeed.key].id,
      sales_channel_id: input.salesChannel.id,
      shipping_option_id: input.shippingOptionIds[regionSeed.key],
      customer: { id: customer.id, email: customer.email },
      address: { first_name: person.first_name, last_name: person.last_name, ...addressFor(person, customer.n) },
      items: seed.items.map(({ sku, quantity }) => {
        const variant_id = variantIdBySku.get(sku)
        if (!variant_id) throw new Error(`Demo order ${seed.key}: variant ${sku} not found (products not seeded?)`)
        return { variant_id, quantity }
      }),
      code: await codeFor(ctx, seed, customer, input.coupons),
      metadata: { demo_seed: seed.key },
    }
    let orderId: string
    try {
      orderId = await checkoutWithCoupon(ctx, checkout)
    } catch (error) {
      // A database seeded weeks ago: the coupon may have ended since. The store still starts.
      if (!(error instanceof CouponNotUsable)) throw error
      ctx.logger.warn(`[seed] coupon orders: ${seed.key} skipped: ${error.message}`)
      continue
    }
    orderIds.push(orderId)
    createdCount++
  }

  if (createdCount) ctx.progress.created("coupon orders", `${createdCount} (of ${COUPON_ORDERS.length}) through a cart with a coupon`)
  else ctx.progress.alreadyPresent("coupon orders")
  await reportEarned(ctx, "coupon orders", orderIds)
}
