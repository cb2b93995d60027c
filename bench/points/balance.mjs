// Benchmark 2: a shopper reading their points (GET /store/coupon-marketing/me/points?limit=1,
// logged in) with the ledger table at 10,000 rows, then after 1,000,000 more rows across
// 10,000 customers (SQL, setup). The route answers the balance (one row of cm_points_account)
// and also a page of the ledger (newest first, on the (customer_id, created_at) index) with its
// count, and the customer's last 50 exchanges with their codes: the figure measures all of it.
import { SIZES, inconsistentAccounts, insertCustomers, insertLedger, ledgerRows } from "./setup.mjs"
import { describe } from "./exchange.mjs"
import { summary } from "../lib/stats.mjs"

export async function benchBalance(ctx, store, { shoppers }) {
  const { pool } = store.db
  if (!shoppers?.length) throw new Error("The balance benchmark needs the shoppers of the exchange benchmark")
  const readers = shoppers
  const sqlCustomers = Math.max(0, SIZES.ledgerCustomers - readers.length)
  const ids = await ctx.step(`inserting ${sqlCustomers.toLocaleString("en-US")} customers (SQL, setup)`, () => insertCustomers(pool, sqlCustomers))
  // The ledger's customers: the logged-in shoppers (who read their points) and the SQL ones.
  const ledgerCustomers = [...readers.map((s) => s.customerId), ...ids]

  // ---- the ledger at 10,000 rows: topped up with older entries of the SQL customers.
  const before = await ledgerRows(pool)
  const topUp = SIZES.smallLedgerRows - before
  if (topUp > 0) {
    await ctx.step(`topping the ledger up from ${before.toLocaleString("en-US")} to ${SIZES.smallLedgerRows.toLocaleString("en-US")} rows (SQL, setup)`, () =>
      insertLedger(pool, { prefix: "a", rows: topUp, customerIds: ids.length ? ids : ledgerCustomers, daysBack: 30 })
    )
  } else {
    ctx.log(`  NOTE: the ledger already holds ${before.toLocaleString("en-US")} rows (more than ${SIZES.smallLedgerRows}): measured as it is`)
    await pool.query("vacuum analyze cm_points_entry")
  }
  const small = await measureReads(ctx, store, readers, "small ledger")
  ctx.record("balance_p95_ms_10k_rows", small.stats.p95, "ms", {
    label: `read my points, ledger at ${small.rows.toLocaleString("en-US")} rows, p95`,
    note: `GET /store/coupon-marketing/me/points?limit=1 (balance + newest entry + count + exchanges), n=${small.stats.n}, p50 ${small.stats.p50.toFixed(1)} ms, ${small.perReader} entries per reader`,
  })

  // ---- 1,000,000 more rows across the 10,000 customers (the readers included), older than all.
  await ctx.step(
    `inserting ${SIZES.ledgerRows.toLocaleString("en-US")} ledger rows across ${ledgerCustomers.length.toLocaleString("en-US")} customers (SQL, setup, with vacuum analyze)`,
    () => insertLedger(pool, { prefix: "b", rows: SIZES.ledgerRows, customerIds: ledgerCustomers, daysBack: 400 }),
    { timeoutMs: 900_000, hint: store.db.hint }
  )
  const bad = await ctx.step("checking the ledger (every balance = the sum of its entries = the newest balance_after)", () => inconsistentAccounts(pool))
  if (bad) throw new Error(`${bad} points accounts disagree with their ledger after the bulk insert`)
  const large = await measureReads(ctx, store, readers, "large ledger")
  ctx.record("balance_p95_ms_1m_rows", large.stats.p95, "ms", {
    label: `read my points, ledger at ${large.rows.toLocaleString("en-US")} rows, p95`,
    note: `same route, n=${large.stats.n}, p50 ${large.stats.p50.toFixed(1)} ms, ${large.perReader} entries per reader`,
  })
}

/** Sequential reads by the shoppers in turn; each answer is checked against the database. */
async function measureReads(ctx, store, readers, what) {
  const { pool } = store.db
  const rows = await ledgerRows(pool)
  const { rows: truth } = await pool.query(
    `select a.customer_id, a.balance,
            (select count(*)::int from cm_points_entry e where e.customer_id = a.customer_id and e.deleted_at is null) as entries
       from cm_points_account a where a.customer_id = any($1) and a.deleted_at is null`,
    [readers.map((s) => s.customerId)]
  )
  const expected = new Map(truth.map((t) => [t.customer_id, t]))
  const perReader = [...new Set(truth.map((t) => t.entries))].sort((a, b) => a - b).join("/")
  const times = []
  await ctx.step(
    `reading points (${what}, ${rows.toLocaleString("en-US")} rows): ${SIZES.readWarmup} warm-up + ${SIZES.readRuns} measured GET /store/coupon-marketing/me/points?limit=1, in turn by ${readers.length} shoppers`,
    async () => {
      for (let i = 0; i < SIZES.readWarmup + SIZES.readRuns; i++) {
        const reader = readers[i % readers.length]
        const { data, ms } = await reader.api.get("/store/coupon-marketing/me/points?limit=1")
        const want = expected.get(reader.customerId)
        if (!want || data.balance !== want.balance || data.count !== want.entries || data.entries?.length !== 1) {
          throw new Error(`The points of ${reader.customerId}: ${JSON.stringify({ balance: data.balance, count: data.count, entries: data.entries?.length })}, expected ${JSON.stringify(want)}`)
        }
        if (i >= SIZES.readWarmup) times.push(ms)
      }
    },
    { timeoutMs: 600_000, hint: store.db.hint }
  )
  const stats = summary(times)
  ctx.log(`  ${what}: ${describe(stats)}`)
  // For the reader of the log: how Postgres reads a page of one shopper's ledger and its count
  // (the shape of the module's listAndCount: newest first, then by id).
  const customerId = readers[0].customerId
  for (const sql of [
    `select * from cm_points_entry where customer_id = $1 and deleted_at is null order by created_at desc, id desc limit 1`,
    `select count(*) from cm_points_entry where customer_id = $1 and deleted_at is null`,
  ]) {
    const { rows: plan } = await pool.query(`explain (analyze, costs off) ${sql}`, [customerId])
    ctx.log(`  plan: ${plan.map((r) => r["QUERY PLAN"].trim()).join(" | ")}`)
  }
  return { stats, rows, perReader }
}
