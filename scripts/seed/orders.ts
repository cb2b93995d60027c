/**
 * The order history: 30 orders of customers 1–20 over the last 60 days, created with
 * `createOrderWorkflow` (no cart, no coupon) and dated back. Each earns its points as a placed
 * order would (see ./order-placed.ts). The orders that used coupons are ./coupon-orders.ts.
 */
import type { CreateOrderDTO, SalesChannelDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { DAY_MS, type Regions, type SeedContext, type SeededCustomer } from "./context"
import { addressFor, ORDER_COUNT, ORDER_DAYS_BACK, PEOPLE, PRODUCTS, REGIONS, type RegionKey, SHIPPING_OPTION_NAME } from "./demo-data"
import { deliverOrderPlaced } from "./order-placed"
import { COUPON_MARKETING_MODULE } from "../../src/modules/coupon-marketing"
import type CouponMarketingModuleService from "../../src/modules/coupon-marketing/service"

export type OrderSeedInput = {
  customers: SeededCustomer[]
  regions: Regions
  salesChannel: SalesChannelDTO
  shippingOptionIds: Record<RegionKey, string>
}

export type DemoOrderMetadata = { demo_seed: string; demo_placed_at: string }

/**
 * The n-th demo order (1-based): its customer, items and the day it was placed. Everything is
 * derived from n, so a re-run describes the same order. 30 orders go to customers 1–20 (ten of
 * them order twice), spread evenly over the last 60 days.
 */
function describeOrder(n: number, now: Date) {
  const customerNumber = (((n - 1) * 7) % 20) + 1
  const itemCount = 1 + (n % 3)
  const items = Array.from({ length: itemCount }, (_, k) => {
    const product = PRODUCTS[(n * 3 + k * 7) % PRODUCTS.length]
    const variant = product.variants[(n + k) % product.variants.length]
    return { product, variant, quantity: 1 + ((n + k) % 3) }
  })
  const daysAgo = ORDER_DAYS_BACK - 1 - Math.floor(((n - 1) * ORDER_DAYS_BACK) / ORDER_COUNT)
  const placedAt = new Date(now.getTime() - daysAgo * DAY_MS)
  // Round to a plausible shopping hour (UTC), different per order.
  placedAt.setUTCHours(1 + ((n * 5) % 13), (n * 17) % 60, 0, 0)
  return { customerNumber, items, placedAt }
}

export async function ensureOrders(ctx: SeedContext, input: OrderSeedInput): Promise<void> {
  const orderService = ctx.container.resolve(Modules.ORDER)
  const productService = ctx.container.resolve(Modules.PRODUCT)

  const existing = await orderService.listOrders(
    { customer_id: input.customers.map((c) => c.id) },
    { select: ["id", "metadata", "created_at"], take: null }
  )
  const bySeedKey = new Map<string, { id: string; created_at: Date | string; placedAt?: string }>()
  for (const order of existing) {
    const meta = (order.metadata ?? {}) as Partial<DemoOrderMetadata>
    if (meta.demo_seed) {
      bySeedKey.set(meta.demo_seed, { id: order.id, created_at: order.created_at, placedAt: meta.demo_placed_at })
    }
  }

  const skus = PRODUCTS.flatMap((p) => p.variants.map((v) => v.sku))
  const variants = await productService.listProductVariants({ sku: skus }, { select: ["id", "sku"] })
  const variantIdBySku = new Map(variants.map((v) => [v.sku, v.id]))

  const now = new Date()
  let createdCount = 0
  const orderIds: string[] = []
  for (let n = 1; n <= ORDER_COUNT; n++) {
    const key = `order-${n}`
    const found = bySeedKey.get(key)
    if (found) {
      // A run that stopped between creating an order and dating it is completed here.
      if (found.placedAt && new Date(found.created_at).getTime() !== new Date(found.placedAt).getTime()) {
        await backdateOrder(ctx, found.id, new Date(found.placedAt))
      }
      // An order seeded before the seed earned points (or by a run that stopped here) earns now.
      await deliverOrderPlaced(ctx, found.id)
      orderIds.push(found.id)
      continue
    }

    const plan = describeOrder(n, now)
    const customer = input.customers.find((c) => c.n === plan.customerNumber)
    if (!customer) {
      throw new Error(`Demo order ${n}: customer #${plan.customerNumber} not seeded`)
    }
    const person = PEOPLE[customer.n - 1]
    const regionSeed = REGIONS.find((r) => r.countries.includes(person.country_code))!
    const region = input.regions[regionSeed.key]

    // The same address the customer was created with.
    const address = {
      first_name: person.first_name,
      last_name: person.last_name,
      ...addressFor(person, customer.n),
    }

    const metadata: DemoOrderMetadata = { demo_seed: key, demo_placed_at: plan.placedAt.toISOString() }
    const order: CreateOrderDTO = {
      region_id: region.id,
      currency_code: regionSeed.currency_code,
      sales_channel_id: input.salesChannel.id,
      customer_id: customer.id,
      email: customer.email,
      shipping_address: address,
      billing_address: address,
      items: plan.items.map(({ product, variant, quantity }) => {
        const variantId = variantIdBySku.get(variant.sku)
        if (!variantId) {
          throw new Error(`Demo order ${n}: variant ${variant.sku} not found (products not seeded?)`)
        }
        return {
          variant_id: variantId,
          title: product.title,
          quantity,
          unit_price: regionSeed.currency_code === "jpy" ? variant.jpy : variant.eur,
        }
      }),
      shipping_methods: [
        {
          name: SHIPPING_OPTION_NAME,
          shipping_option_id: input.shippingOptionIds[regionSeed.key],
          amount: regionSeed.shipping_amount,
        },
      ],
      metadata,
    }
    const { result } = await createOrderWorkflow(ctx.container).run({ input: order })
    await backdateOrder(ctx, result.id, plan.placedAt)
    await deliverOrderPlaced(ctx, result.id)
    orderIds.push(result.id)
    createdCount++
  }

  if (createdCount) {
    ctx.progress.created("orders", `${createdCount} (of ${ORDER_COUNT}), over the last ${ORDER_DAYS_BACK} days`)
  } else {
    ctx.progress.alreadyPresent("orders")
  }
  await reportEarned(ctx, "orders", orderIds)
}

/** Logs how many of the orders earned points, and how many points (at the default 1 point per 100 of the currency, a EUR order earns none). */
export async function reportEarned(ctx: SeedContext, part: string, orderIds: string[]): Promise<void> {
  if (!orderIds.length) return
  const service = ctx.container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const entries = await service.listPointsEntries({ order_id: orderIds, type: "earn" }, { select: ["points"], take: null })
  const points = entries.reduce((sum, e) => sum + e.points, 0)
  ctx.logger.info(`[seed] ${part}: ${entries.length} of ${orderIds.length} earned points (${points} in all)`)
}

/**
 * No workflow or module method sets an order's creation date, so the demo history is dated with
 * one SQL update on the order row (its items and summary keep the real creation time).
 */
export async function backdateOrder(ctx: SeedContext, orderId: string, placedAt: Date): Promise<void> {
  const pg = ctx.container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const updated = await pg("order").where({ id: orderId }).update({ created_at: placedAt, updated_at: placedAt })
  if (updated !== 1) {
    throw new Error(`Could not backdate order ${orderId} (${updated} rows updated)`)
  }
}

