// `npm run bench -- points`: one throw-away store, then the two points benchmarks in order
// (the balance reads use the shoppers, and the ledger, that the exchanges left).
// BENCH_ONLY=exchange skips the balance reads (which need the exchange benchmark's shoppers).
import { benchBalance } from "./balance.mjs"
import { benchExchange } from "./exchange.mjs"
import { DEFAULT_SIZES, SIZES, createStorefront } from "./setup.mjs"
import { startBenchStore } from "../lib/store.mjs"

export default async function points(ctx) {
  const changed = Object.entries(SIZES).filter(([k, v]) => DEFAULT_SIZES[k] !== v)
  if (changed.length) {
    ctx.log(`NOTE: sizes changed from the defaults (${changed.map(([k, v]) => `${k}=${v}`).join(", ")}): the figures are not comparable with a default run`)
  }
  const only = new Set((process.env.BENCH_ONLY ?? "exchange,balance").split(",").map((s) => s.trim()))

  const store = await startBenchStore(ctx, { name: `bench_points_${process.pid}` })
  const storefront = await ctx.step("creating the storefront (admin API)", () => createStorefront(ctx, store))

  // 1. Exchanges: throughput over many accounts, then one hot account beside the pg floor.
  const exchanged = await benchExchange(ctx, store, storefront)

  // 2. Reading one's points with the ledger at 10,000 rows, then at 1,000,000 more.
  if (only.has("balance")) await benchBalance(ctx, store, exchanged)
}
