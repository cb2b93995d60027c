// The store the points benchmarks run in, built through the admin and store APIs as a merchant
// and shoppers would (after integration-tests/http/suites/points.spec.ts): a sales channel and
// its publishable key, logged-in shoppers, points by admin adjustment, an exchange offer and
// budget deposits; plus the bulk ledger that is setup and not measured (SQL).

import { intEnv } from "../lib/context.mjs"
import { inTransaction } from "../lib/database.mjs"

/** The sizes; the metric names assume the defaults (see bench/README.md). */
export const SIZES = {
  shoppers: intEnv("BENCH_SHOPPERS", 50),
  exchangesPerShopper: intEnv("BENCH_EXCHANGES_PER_SHOPPER", 20),
  hotConcurrency: intEnv("BENCH_HOT_CONCURRENCY", 50),
  hotRounds: intEnv("BENCH_HOT_ROUNDS", 4),
  readRuns: intEnv("BENCH_READ_N", 300),
  readWarmup: intEnv("BENCH_READ_WARMUP", 30),
  smallLedgerRows: intEnv("BENCH_SMALL_LEDGER_ROWS", 10_000),
  ledgerRows: intEnv("BENCH_LEDGER_ROWS", 1_000_000),
  ledgerCustomers: intEnv("BENCH_LEDGER_CUSTOMERS", 10_000),
}

export const DEFAULT_SIZES = {
  shoppers: 50,
  exchangesPerShopper: 20,
  hotConcurrency: 50,
  hotRounds: 4,
  readRuns: 300,
  readWarmup: 30,
  smallLedgerRows: 10_000,
  ledgerRows: 1_000_000,
  ledgerCustomers: 10_000,
}

/** The offer every exchange takes: ¥100 off, no minimum spend, 10 points, no per-customer limit. */
export const OFFER = {
  name: "Bench ¥100 off",
  face_value: 100,
  threshold: 0,
  currency_code: "jpy",
  points_cost: 10,
  per_customer_limit: null,
  valid_days: 30,
}

/** One deposit must be below 1,000,000 (POINTS-6). */
export const DEPOSIT_MAX = 999_999

/** A sales channel and its publishable key: every /store route needs one. */
export async function createStorefront(ctx, store) {
  const { admin } = store
  const { data: sc } = await admin.post("/admin/sales-channels", { name: "Bench storefront" })
  const { data: key } = await admin.post("/admin/api-keys", { title: "Bench storefront", type: "publishable" })
  await admin.post(`/admin/api-keys/${key.api_key.id}/sales-channels`, { add: [sc.sales_channel.id] })
  ctx.log(`storefront: sales channel ${sc.sales_channel.id} and its publishable key`)
  return { storeApi: store.http.with({ "x-publishable-api-key": key.api_key.token }) }
}

/** A shopper with an account, through the real auth routes; answers a store client as them. */
export async function registerShopper(store, storeApi, email, password = "bench-shopper-1") {
  const { data: reg } = await store.http.post("/auth/customer/emailpass/register", { email, password })
  const { data: created } = await storeApi.post(
    "/store/customers",
    { email, first_name: "Bench", last_name: email.split("@")[0] },
    { headers: { authorization: `Bearer ${reg.token}` } }
  )
  const { data: login } = await store.http.post("/auth/customer/emailpass", { email, password })
  return { customerId: created.customer.id, email, api: storeApi.with({ authorization: `Bearer ${login.token}` }) }
}

/** Runs `fn(item, index)` over `items`, at most `limit` at a time; answers the results in order. */
export async function mapLimit(items, limit, fn) {
  const out = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i], i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

/** Gives a customer points through the admin adjustments route (POINTS-3). */
export async function givePoints(store, customerId, points, reason = "Bench gift") {
  const { data } = await store.admin.post(`/admin/coupon-marketing/points/${customerId}/adjustments`, { points, reason })
  return data.balance
}

/** Deposits `total` into the JPY exchange budget in deposits below 1,000,000 each. */
export async function depositBudget(store, total) {
  let left = total
  let deposits = 0
  while (left > 0) {
    const amount = Math.min(left, DEPOSIT_MAX)
    await store.admin.post("/admin/coupon-marketing/budget/deposits", { amount, reason: `Bench budget ${deposits + 1}`, currency_code: "jpy" })
    left -= amount
    deposits++
  }
  return deposits
}

/**
 * `count` customers with accounts (SQL into Medusa's `customer`, columns as the customer
 * module's migrations define them), ids `cus_bench_0000001`…; answers their ids.
 */
export async function insertCustomers(pool, count) {
  await pool.query(
    `insert into customer (id, first_name, last_name, email, has_account, created_at, updated_at)
     select 'cus_bench_' || lpad(g::text, 7, '0'), '花子', '山田 ' || g, 'ledger' || g || '@bench.example', true, now(), now()
       from generate_series(1, $1::int) g`,
    [count]
  )
  await pool.query("analyze customer")
  return Array.from({ length: count }, (_, i) => `cus_bench_${String(i + 1).padStart(7, "0")}`)
}

/**
 * Appends `rows` ledger entries (SQL, setup) spread round-robin over `customerIds`, all older
 * than every entry already there (`olderThan` days back, one hour apart per customer), and
 * keeps the ledger consistent: each new row is an `earn` of 10 points with its running
 * `balance_after` and `remaining`; the entries already there (newer) get the customer's new
 * total added to their `balance_after`, and `cm_points_account.balance` grows by it (the
 * account is created when the customer had none). `prefix` makes the ids and keys unique.
 */
export async function insertLedger(pool, { prefix, rows, customerIds, daysBack }) {
  const n = customerIds.length
  await inTransaction(pool, async (client) => {
    await client.query(
      `insert into cm_points_entry (id, customer_id, type, points, reason, idempotency_key, remaining, balance_after, created_at, updated_at)
       select 'cmpe_${prefix}_' || g, c.id, 'earn', 10, 'Bench history', 'bench:${prefix}:' || g, 10,
              10 * ((g - 1) / $2::int + 1),
              now() - ($3::int || ' days')::interval + ((g - 1) / $2::int) * interval '1 hour',
              now() - ($3::int || ' days')::interval + ((g - 1) / $2::int) * interval '1 hour'
         from generate_series(1, $1::int) g
         join unnest($4::text[]) with ordinality as c(id, n) on c.n = ((g - 1) % $2::int) + 1`,
      [rows, n, daysBack, customerIds]
    )
    // What each customer received, computed like the insert (no scan of the table).
    await client.query(`create temporary table bench_added (customer_id text primary key, added int not null) on commit drop`)
    await client.query(
      `insert into bench_added (customer_id, added)
       select c.id, 10 * ($1::int / $2::int + case when c.n <= $1::int % $2::int then 1 else 0 end)
         from unnest($3::text[]) with ordinality as c(id, n)`,
      [rows, n, customerIds]
    )
    await client.query(`delete from bench_added where added = 0`)
    await client.query(`analyze bench_added`)
    await client.query(
      `update cm_points_entry e set balance_after = e.balance_after + a.added
         from bench_added a
        where e.customer_id = a.customer_id and e.deleted_at is null and e.id not like 'cmpe\\_${prefix}\\_%'`
    )
    await client.query(
      `insert into cm_points_account (id, customer_id, balance, created_at, updated_at)
       select 'cmpa_${prefix}_' || a.customer_id, a.customer_id, a.added, now(), now() from bench_added a
       on conflict (customer_id) where deleted_at is null do update set balance = cm_points_account.balance + excluded.balance, updated_at = now()`
    )
  })
  // Setup, not measured: a settled table (visibility map, statistics), as a table that grew
  // over months would be.
  await pool.query("vacuum analyze cm_points_entry")
  await pool.query("vacuum analyze cm_points_account")
}

/**
 * The ledger's consistency: every account's balance is the sum of its entries, and its newest
 * entry's balance_after. Answers the number of accounts that disagree (0 expected).
 */
export async function inconsistentAccounts(pool) {
  const { rows } = await pool.query(
    `with s as (select customer_id, sum(points)::bigint as total from cm_points_entry where deleted_at is null group by customer_id),
          l as (select distinct on (customer_id) customer_id, balance_after from cm_points_entry
                 where deleted_at is null order by customer_id, created_at desc, id desc)
     select count(*)::int as bad
       from cm_points_account a left join s using (customer_id) left join l using (customer_id)
      where a.deleted_at is null and (a.balance <> coalesce(s.total, 0) or a.balance <> coalesce(l.balance_after, 0))`
  )
  return rows[0].bad
}

export async function ledgerRows(pool) {
  const { rows } = await pool.query("select count(*)::int as n from cm_points_entry where deleted_at is null")
  return rows[0].n
}
