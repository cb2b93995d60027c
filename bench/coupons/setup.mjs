// The store the coupon benchmarks shop in, built through the admin API as a merchant would
// (after integration-tests/helpers/store.ts, without jest): a JPY region, a sales channel with
// its publishable key, two products without inventory management; plus the bulk data that is
// setup and not measured (customers by SQL).

import { intEnv } from "../lib/context.mjs"

/** The sizes; the metric names assume the defaults (see bench/README.md). */
export const SIZES = {
  customers: intEnv("BENCH_CUSTOMERS", 100_000),
  nativePromotions: intEnv("BENCH_NATIVE_PROMOTIONS", 2_000),
  nativeBatch: intEnv("BENCH_NATIVE_BATCH", 100),
  applyRuns: intEnv("BENCH_APPLY_N", 200),
  applyWarmup: intEnv("BENCH_APPLY_WARMUP", 20),
  individualRuns: intEnv("BENCH_INDIVIDUAL_N", 100),
  reportRows: intEnv("BENCH_REPORT_ROWS", 200_000),
}

/** COUPON-14: at most this many scheduled + active coupons. */
export const LIVE_COUPONS_MAX = 100

/** The cart every apply runs on: the same two lines each time. */
export const CART_LINES = [
  { handle: "bench-sencha", title: "Bench Sencha", price: 1999, quantity: 2 },
  { handle: "bench-tea-bowl", title: "Bench Tea bowl", price: 1000, quantity: 1 },
]

export async function createCatalog(ctx, store) {
  const { admin } = store
  const { data: sc } = await admin.post("/admin/sales-channels", { name: "Bench storefront" })
  const salesChannelId = sc.sales_channel.id
  const { data: key } = await admin.post("/admin/api-keys", { title: "Bench storefront", type: "publishable" })
  await admin.post(`/admin/api-keys/${key.api_key.id}/sales-channels`, { add: [salesChannelId] })
  const { data: region } = await admin.post("/admin/regions", {
    name: "Japan",
    currency_code: "jpy",
    countries: ["jp"],
    payment_providers: ["pp_system_default"],
  })
  const variants = {}
  for (const line of CART_LINES) {
    const { data } = await admin.post("/admin/products", {
      title: line.title,
      handle: line.handle,
      status: "published",
      sales_channels: [{ id: salesChannelId }],
      options: [{ title: "Size", values: ["One"] }],
      variants: [
        {
          title: "One",
          sku: line.handle.toUpperCase(),
          options: { Size: "One" },
          manage_inventory: false,
          prices: [{ amount: line.price, currency_code: "jpy" }],
        },
      ],
    })
    variants[line.handle] = data.product.variants[0].id
  }
  const storeApi = store.http.with({ "x-publishable-api-key": key.api_key.token })
  ctx.log(`catalog: region ${region.region.id} (JPY), sales channel ${salesChannelId}, ${CART_LINES.length} products`)
  return { storeApi, regionId: region.region.id, salesChannelId, variants }
}

/** A fresh cart with the benchmark's lines; `api` may carry a customer's bearer token. */
export async function createCart(catalog, api = catalog.storeApi) {
  const { data } = await api.post("/store/carts", {
    region_id: catalog.regionId,
    sales_channel_id: catalog.salesChannelId,
    items: CART_LINES.map((l) => ({ variant_id: catalog.variants[l.handle], quantity: l.quantity })),
  })
  return data.cart.id
}

/**
 * `count` customers with accounts, members of `groupId`, by one SQL insert each into Medusa's
 * `customer` and `customer_group_customer` tables (columns as the customer module's migrations
 * define them). Ids sort in insertion order: `cus_bench_0000001`…
 */
export async function insertCustomers(pool, groupId, count) {
  await pool.query(
    `insert into customer (id, first_name, last_name, email, has_account, created_at, updated_at)
     select 'cus_bench_' || lpad(g::text, 7, '0'), '花子', '山田 ' || g, 'shopper' || g || '@bench.example', true, now(), now()
       from generate_series(1, $1::int) g`,
    [count]
  )
  await pool.query(
    `insert into customer_group_customer (id, customer_id, customer_group_id, created_at, updated_at)
     select 'cusgc_bench_' || lpad(g::text, 7, '0'), 'cus_bench_' || lpad(g::text, 7, '0'), $2, now(), now()
       from generate_series(1, $1::int) g`,
    [count, groupId]
  )
  await pool.query("analyze customer; analyze customer_group_customer")
}

/** A window coupon must start ≥ 1 h ahead when created; the benchmark wants it active now. */
export function futureWindow() {
  const start = new Date(Date.now() + 2 * 3600_000)
  return { starts_at: start.toISOString(), ends_at: new Date(start.getTime() + 30 * 86400_000).toISOString() }
}

export function fixedCoupon(name, code, benefit = { benefit_type: "percent", benefit_value: 10 }) {
  return {
    name,
    audience: "anyone",
    code_mode: "fixed",
    code,
    validity_type: "window",
    ...futureWindow(),
    ...benefit,
    currency_code: "jpy",
    condition_type: "none",
  }
}

export async function createCoupon(store, body) {
  const { data } = await store.admin.post("/admin/coupon-marketing/coupons", body)
  return data.coupon
}

/**
 * "Activates" the window coupons: moves their start a minute into the past, as the tests'
 * activateCoupon does (a new window must start ≥ 1 hour ahead).
 */
export async function activateWindowCoupons(pool) {
  // The coupons' Medusa campaigns carry the window too (Medusa's promotion engine enforces it).
  await pool.query(
    `update promotion_campaign k set starts_at = now() - interval '1 minute', updated_at = now()
       from promotion p join cm_coupon c on c.promotion_id = p.id
      where p.campaign_id = k.id and c.validity_type = 'window' and c.deleted_at is null and c.starts_at > now()`
  )
  const { rowCount } = await pool.query(
    `update cm_coupon set starts_at = now() - interval '1 minute', updated_at = now()
      where validity_type = 'window' and deleted_at is null and starts_at > now()`
  )
  return rowCount
}

/** Scheduled + active coupons now, as the admin list counts them. */
export async function liveCoupons(store) {
  let live = 0
  for (const status of ["scheduled", "active"]) {
    const { data } = await store.admin.get(`/admin/coupon-marketing/coupons?status=${status}&limit=1`)
    live += data.count
  }
  return live
}
