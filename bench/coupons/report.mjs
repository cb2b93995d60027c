// Benchmark 3: streaming a coupon's usage report of 200,000 uses (GET
// /admin/coupon-marketing/coupons/:id/report.csv): rows/s, and how much the server process's
// resident memory grows at its peak during the download (VmHWM after − VmRSS before, with the
// high-water mark reset just before), on a freshly started server after one warm-up download.
import { performance } from "node:perf_hooks"
import { SIZES } from "./setup.mjs"
import { memoryOf, resetPeak } from "../lib/processes.mjs"
import { inTransaction } from "../lib/database.mjs"

/**
 * Seeds `count` uses of a coupon (cm_coupon_usage, columns as the plugin's migrations define
 * them), each with its completed order (Medusa's `order`, and an `order_address` used as both
 * billing and shipping address) of one of the benchmark customers. Each use carries the order's
 * number, date and orderer name as the plugin records them when the order is created.
 */
export async function seedUsage(pool, { couponId, code, prefix, count, customers, regionId, salesChannelId }) {
  await inTransaction(pool, async (client) => {
    await client.query(
      `insert into order_address (id, customer_id, first_name, last_name, address_1, city, country_code, postal_code, created_at, updated_at)
       select 'oaddr_${prefix}_' || lpad(g::text, 7, '0'), 'cus_bench_' || lpad((1 + (g - 1) % $2)::text, 7, '0'),
              '花子', '山田 ' || g, '1-1 Chiyoda', 'Tokyo', 'jp', '100-0001', now(), now()
         from generate_series(1, $1::int) g`,
      [count, customers]
    )
    await client.query(
      `insert into "order" (id, region_id, customer_id, version, sales_channel_id, status, is_draft_order, email, currency_code,
                            shipping_address_id, billing_address_id, no_notification, created_at, updated_at)
       select 'order_${prefix}_' || lpad(g::text, 7, '0'), $3, 'cus_bench_' || lpad((1 + (g - 1) % $2)::text, 7, '0'), 1, $4,
              'completed', false, 'shopper' || (1 + (g - 1) % $2) || '@bench.example', 'jpy',
              'oaddr_${prefix}_' || lpad(g::text, 7, '0'), 'oaddr_${prefix}_' || lpad(g::text, 7, '0'), false,
              now() - (g || ' seconds')::interval, now()
         from generate_series(1, $1::int) g`,
      [count, customers, regionId, salesChannelId]
    )
    await client.query(
      `insert into cm_coupon_usage (id, code, coupon_code_id, customer_id, email, cart_id, order_id, currency_code,
                                    eligible_total, discount_total, raw_eligible_total, raw_discount_total, released_at,
                                    coupon_id, created_at, updated_at, order_display_id, ordered_at, orderer_name)
       select 'cpuse_${prefix}_' || lpad(g::text, 7, '0'), $3, null, 'cus_bench_' || lpad((1 + (g - 1) % $2)::text, 7, '0'),
              'shopper' || (1 + (g - 1) % $2) || '@bench.example', 'cart_${prefix}_' || lpad(g::text, 7, '0'),
              'order_${prefix}_' || lpad(g::text, 7, '0'), 'jpy', 4998, 499,
              '{"value":"4998","precision":20}'::jsonb, '{"value":"499","precision":20}'::jsonb,
              case when g % 50 = 0 then now() else null end, $4, now() - (g || ' seconds')::interval, now(),
              -- what the plugin's orderCreated hook records of the order, for the report
              g, now() - (g || ' seconds')::interval, '花子 山田 ' || g
         from generate_series(1, $1::int) g`,
      [count, customers, code, couponId]
    )
  })
  await pool.query(`analyze order_address; analyze "order"; analyze cm_coupon_usage`)
}

/**
 * Downloads a report, counting CSV records (newlines outside quotes) as the bytes arrive.
 * Answers `{ rows, bytes, seconds, bom, header }`; rows exclude the header.
 */
export async function downloadCsv(store, path, { timeoutMs = 900_000 } = {}) {
  const t0 = performance.now()
  const res = await fetch(store.baseUrl + path, {
    headers: store.admin.headers,
    signal: AbortSignal.timeout(timeoutMs),
  })
  if (!res.ok) throw new Error(`GET ${path} answered ${res.status}: ${(await res.text()).slice(0, 600)}`)
  let bytes = 0
  let records = 0
  let inQuotes = false
  let first = null
  const reader = res.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (first === null || first.length < 4096) first = Buffer.concat([first ?? Buffer.alloc(0), Buffer.from(value)]).subarray(0, 4096)
    bytes += value.length
    for (let i = 0; i < value.length; i++) {
      const b = value[i]
      if (b === 0x22) inQuotes = !inQuotes
      else if (b === 0x0a && !inQuotes) records++
    }
  }
  const seconds = (performance.now() - t0) / 1000
  const bom = first?.[0] === 0xef && first?.[1] === 0xbb && first?.[2] === 0xbf
  const header = first ? first.toString("utf8").replace(/^\uFEFF/, "").split(/\r?\n/)[0] : ""
  return { rows: Math.max(0, records - 1), bytes, seconds, bom, header, contentType: res.headers.get("content-type") }
}

export async function benchReport(ctx, store, catalog, { reportCouponId, reportCode, warmupCouponId, warmupCode }) {
  const { pool } = store.db
  const seedBase = { customers: Math.min(SIZES.customers, 100_000), regionId: catalog.regionId, salesChannelId: catalog.salesChannelId }
  await ctx.step(`seeding ${SIZES.reportRows.toLocaleString("en-US")} uses with their orders (SQL, setup)`, async () => {
    await seedUsage(pool, { ...seedBase, couponId: warmupCouponId, code: warmupCode, prefix: "warm", count: 2_000 })
    await seedUsage(pool, { ...seedBase, couponId: reportCouponId, code: reportCode, prefix: "rep", count: SIZES.reportRows })
  })

  // A fresh server, so the memory figure does not depend on what benchmarks 1 and 2 left in
  // its heap (how much of it the garbage collector happens to have returned by then).
  await ctx.step("restarting the server (a fresh heap for the memory figure)", () => store.restartServer())
  const url = (id) => `/admin/coupon-marketing/coupons/${id}/report.csv`
  // Warm-up: a 2,000-use report of another coupon, so the measured one pays no first-call costs.
  const warm = await downloadCsv(store, url(warmupCouponId))
  if (warm.rows !== 2_000) throw new Error(`The warm-up report has ${warm.rows} rows, expected 2000`)

  const pid = store.serverPid
  resetPeak(pid)
  const before = memoryOf(pid)
  const report = await ctx.step(
    `downloading the usage report of ${SIZES.reportRows.toLocaleString("en-US")} uses`,
    () => downloadCsv(store, url(reportCouponId)),
    { timeoutMs: 920_000, hint: store.db.hint }
  )
  const after = memoryOf(pid)
  if (!report.bom) throw new Error("The report does not start with a UTF-8 BOM")
  if (report.rows !== SIZES.reportRows) throw new Error(`The report has ${report.rows} rows, expected ${SIZES.reportRows}`)
  const growthMb = (after.hwmKb - before.rssKb) / 1024
  ctx.log(
    `  ${report.rows} rows, ${(report.bytes / 1048576).toFixed(1)} MiB in ${report.seconds.toFixed(1)} s; server RSS ${(before.rssKb / 1024).toFixed(0)} MB before, peak ${(after.hwmKb / 1024).toFixed(0)} MB, ${(after.rssKb / 1024).toFixed(0)} MB after`
  )
  ctx.record("report_seconds", report.seconds, "s", {
    label: `usage report of ${report.rows.toLocaleString("en-US")} uses`,
    note: `${(report.bytes / 1048576).toFixed(1)} MiB CSV, wall time to the last byte`,
  })
  ctx.record("report_rows_per_s", report.rows / report.seconds, "rows/s", { label: "report streaming rate", note: "rows / wall time" })
  ctx.record("report_peak_mb_growth", growthMb, "MB", {
    label: "server peak memory growth during the report",
    note: `VmHWM after − VmRSS before (pid ${pid}); aim ≤ 100 MB`,
  })
}
