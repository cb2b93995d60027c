// Benchmark 1: exchanging points for a coupon (POST /store/coupon-marketing/me/points/exchanges
// { offer_id } → the plugin's exchangePoints: account, offer and budget locked in one
// transaction, points debited, budget drawn, stock taken, an individual code issued).
// a) throughput: many logged-in shoppers, each on their own account, exchanging concurrently;
// b) one hot account: concurrent exchanges by one customer, per-request latency, beside the
//    floor: the same lock–insert–update on one cm_points_account row done directly with `pg`.
import { performance } from "node:perf_hooks"
import pg from "pg"
import { OFFER, SIZES, depositBudget, givePoints, mapLimit, registerShopper } from "./setup.mjs"
import { summary } from "../lib/stats.mjs"

export async function benchExchange(ctx, store, storefront) {
  const { pool } = store.db
  const { storeApi } = storefront
  const perShopper = 1 + SIZES.exchangesPerShopper // one warm-up exchange each
  const hotExchanges = SIZES.hotConcurrency * (1 + SIZES.hotRounds) // one warm-up burst
  const totalExchanges = SIZES.shoppers * perShopper + hotExchanges

  // The offer (admin API, the createExchangeOfferWorkflow) and a budget for every exchange.
  const { data: created } = await store.admin.post("/admin/coupon-marketing/exchange-offers", {
    ...OFFER,
    stock: Math.max(100_000, totalExchanges * 2),
  })
  const offer = created.exchange_offer
  if (offer.compliance !== "compliant") throw new Error(`The bench offer is ${offer.compliance}: ${JSON.stringify(offer)}`)
  const budgetNeeded = Math.ceil(totalExchanges * OFFER.face_value * 1.1)
  const deposits = await depositBudget(store, budgetNeeded)
  ctx.log(`  offer ${offer.id} (¥${OFFER.face_value} for ${OFFER.points_cost} points, stock ${offer.stock_left ?? offer.stock}); budget ¥${budgetNeeded.toLocaleString("en-US")} in ${deposits} deposit(s)`)

  // Shoppers: registered and logged in through the auth routes, points by admin adjustment.
  const shoppers = await ctx.step(`registering ${SIZES.shoppers} + 1 shoppers and giving them points (auth + admin API)`, async () => {
    const emails = Array.from({ length: SIZES.shoppers }, (_, i) => `points${i}-${process.pid}@bench.example`)
    const list = await mapLimit(emails, 4, async (email) => {
      const shopper = await registerShopper(store, storeApi, email)
      await givePoints(store, shopper.customerId, perShopper * OFFER.points_cost)
      return shopper
    })
    const hot = await registerShopper(store, storeApi, `hot-${process.pid}@bench.example`)
    await givePoints(store, hot.customerId, hotExchanges * OFFER.points_cost)
    return { list, hot }
  })

  const exchange = async (api) => {
    const { data, ms } = await api.post("/store/coupon-marketing/me/points/exchanges", { offer_id: offer.id })
    if (!data?.exchange?.code) throw new Error(`The exchange answered no code: ${JSON.stringify(data).slice(0, 300)}`)
    return { ms, balance: data.exchange.balance }
  }

  // ---- a) throughput: every shopper exchanges, all at once, each one after the other on their own account.
  await ctx.step(`warm-up: one exchange per shopper, ${SIZES.shoppers} at once`, () =>
    Promise.all(shoppers.list.map((s) => exchange(s.api)))
  )
  const n = SIZES.shoppers * SIZES.exchangesPerShopper
  const latencies = []
  const wall = await ctx.step(
    `exchanging: ${SIZES.shoppers} shoppers × ${SIZES.exchangesPerShopper} exchanges, the shoppers concurrently`,
    async () => {
      const t0 = performance.now()
      await Promise.all(
        shoppers.list.map(async (s) => {
          for (let i = 0; i < SIZES.exchangesPerShopper; i++) latencies.push((await exchange(s.api)).ms)
        })
      )
      return (performance.now() - t0) / 1000
    },
    { timeoutMs: 600_000, hint: store.db.hint }
  )
  // Everything moved together: points, exchanges, stock, budget.
  const { rows: check } = await pool.query(
    `select (select count(*)::int from cm_points_exchange where offer_id = $1 and deleted_at is null) as exchanges,
            (select exchanged_count from cm_exchange_offer where id = $1) as exchanged_count,
            (select count(*)::int from cm_points_account where customer_id = any($2) and balance <> 0) as nonzero,
            (select drawn::bigint from cm_budget_account where currency_code = 'jpy') as drawn`,
    [offer.id, shoppers.list.map((s) => s.customerId)]
  )
  const expected = SIZES.shoppers * perShopper
  const c = check[0]
  if (c.exchanges !== expected || c.exchanged_count !== expected || c.nonzero !== 0 || Number(c.drawn) !== expected * OFFER.face_value) {
    throw new Error(`After the exchanges: ${JSON.stringify(c)}, expected ${expected} exchanges, every shopper at 0 points, ¥${expected * OFFER.face_value} drawn`)
  }
  const tput = summary(latencies)
  ctx.log(`  ${n} exchanges in ${wall.toFixed(1)} s; per request: ${describe(tput)}`)
  ctx.record("exchanges_per_s", n / wall, "exchanges/s", {
    label: `exchange throughput (${SIZES.shoppers} shoppers at once)`,
    note: `${n} exchanges in ${wall.toFixed(1)} s; request p50 ${tput.p50.toFixed(0)} ms, p95 ${tput.p95.toFixed(0)} ms`,
  })

  // ---- b) one hot account, beside the floor (plain pg on one account), rounds interleaved.
  const floorCustomer = `cus_bench_floor_${process.pid}`
  await pool.query(
    `insert into cm_points_account (id, customer_id, balance, created_at, updated_at) values ($1, $2, 0, now(), now())`,
    [`cmpa_floor_${process.pid}`, floorCustomer]
  )
  const { clients, close } = await connectClients(ctx, store.db.url, SIZES.hotConcurrency)
  let floorSeq = 0
  /** BEGIN; lock the account; one ledger line (+1, consistent); the balance; COMMIT. */
  const floorTx = async (client) => {
    const seq = ++floorSeq
    const t0 = performance.now()
    await client.query("begin")
    try {
      const { rows } = await client.query(
        "select id, balance from cm_points_account where customer_id = $1 and deleted_at is null for update",
        [floorCustomer]
      )
      const balance = rows[0].balance + 1
      await client.query(
        `insert into cm_points_entry (id, customer_id, type, points, reason, idempotency_key, remaining, balance_after, created_at, updated_at)
         values ($1, $2, 'adjust', 1, 'Bench floor', $3, 1, $4, clock_timestamp(), clock_timestamp())`,
        [`cmpe_floor_${process.pid}_${seq}`, floorCustomer, `bench:floor:${process.pid}:${seq}`, balance]
      )
      await client.query("update cm_points_account set balance = $1, updated_at = now() where id = $2", [balance, rows[0].id])
      await client.query("commit")
    } catch (error) {
      await client.query("rollback").catch(() => {})
      throw error
    }
    return performance.now() - t0
  }

  const hotTimes = []
  const floorTimes = []
  const hotBurst = async () => {
    const res = await Promise.all(Array.from({ length: SIZES.hotConcurrency }, () => exchange(shoppers.hot.api)))
    return res.map((r) => r.ms)
  }
  const floorBurst = () => Promise.all(clients.map((client) => floorTx(client)))
  await ctx.step(
    `hot account: 1 warm-up + ${SIZES.hotRounds} measured rounds of (${SIZES.hotConcurrency} concurrent exchanges by one customer, ${SIZES.hotConcurrency} concurrent pg transactions on one account)`,
    async () => {
      await hotBurst()
      await floorBurst()
      for (let round = 0; round < SIZES.hotRounds; round++) {
        // Alternate which goes first, so neither always follows the other's work.
        if (round % 2) {
          floorTimes.push(...(await floorBurst()))
          hotTimes.push(...(await hotBurst()))
        } else {
          hotTimes.push(...(await hotBurst()))
          floorTimes.push(...(await floorBurst()))
        }
      }
    },
    { timeoutMs: 600_000, hint: store.db.hint }
  )
  await close()
  const { rows: hotCheck } = await pool.query(
    `select a.balance, (select count(*)::int from cm_points_exchange x where x.customer_id = a.customer_id and x.deleted_at is null) as exchanges
       from cm_points_account a where a.customer_id = $1 and a.deleted_at is null`,
    [shoppers.hot.customerId]
  )
  if (hotCheck[0]?.balance !== 0 || hotCheck[0]?.exchanges !== hotExchanges) {
    throw new Error(`The hot account: ${JSON.stringify(hotCheck[0])}, expected 0 points left and ${hotExchanges} exchanges`)
  }
  const hot = summary(hotTimes)
  const floor = summary(floorTimes)
  ctx.log(`  hot account (HTTP exchange): ${describe(hot)}`)
  ctx.log(`  floor (pg lock+insert+update): ${describe(floor)}`)
  ctx.record("hot_account_p95_ms", hot.p95, "ms", {
    label: `hot account: ${SIZES.hotConcurrency} concurrent exchanges, p95`,
    note: `per request, n=${hot.n} (${SIZES.hotRounds} bursts); p50 ${hot.p50.toFixed(0)} ms, max ${hot.max.toFixed(0)} ms`,
  })
  ctx.record("floor_p95_ms", floor.p95, "ms", {
    label: `floor: ${SIZES.hotConcurrency} concurrent pg transactions on one account, p95`,
    note: `BEGIN; SELECT … FOR UPDATE; INSERT entry; UPDATE balance; COMMIT; n=${floor.n}; p50 ${floor.p50.toFixed(1)} ms`,
  })
  ctx.record("hot_account_p95_ratio", hot.p95 / floor.p95, "ratio", {
    label: "hot account p95 / floor p95",
    note: "hot_account_p95_ms / floor_p95_ms",
  })
  return { shoppers: shoppers.list, hot: shoppers.hot, offerId: offer.id }
}

/** `count` connections of their own (not the bench pool), closed by `close()` or the cleanup stack. */
async function connectClients(ctx, url, count) {
  const clients = []
  const endAll = () => Promise.all(clients.map((c) => c.end().catch(() => {})))
  const forget = ctx.cleanup.add("close the floor's connections", endAll)
  for (let i = 0; i < count; i++) {
    const client = new pg.Client({ connectionString: url })
    client.on("error", () => {}) // a connection killed by the drop at the end is not an error
    clients.push(client)
    await client.connect()
  }
  return {
    clients,
    async close() {
      forget()
      await endAll()
    },
  }
}

export function describe(s) {
  return `n=${s.n} min ${s.min.toFixed(1)} p50 ${s.p50.toFixed(1)} p95 ${s.p95.toFixed(1)} max ${s.max.toFixed(1)} mean ${s.mean.toFixed(1)} ms`
}
