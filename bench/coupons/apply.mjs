// Benchmark 2: applying a code to a cart. The plugin's POST /store/carts/:id/coupon { code }
// with a fixed-code coupon (anyone, 10 %) against Medusa's POST /store/carts/:id/promotions
// { promo_codes } with a plain promotion (10 % across the items), on fresh identical carts,
// alternating which goes first; then an individual code applied by its logged-in owner.
// The store holds the live coupons (up to the cap of 100) and the 100,000 issued codes of
// benchmark 1.
// The storefront path (Step 4): the same plugin code through Medusa's own cart update,
// POST /store/carts/:id { promo_codes } (what the official Next.js starter sends), against the
// same call with the plain promotion, in the same rounds.
import { SIZES, createCart } from "./setup.mjs"
import { summary } from "../lib/stats.mjs"

const NATIVE_CODE = "NATIVE10"
const SHOPPERS = 4

export async function benchApply(ctx, store, catalog, { pluginCode, individualCouponId, groupId }) {
  await store.admin.post("/admin/promotions", {
    code: NATIVE_CODE,
    type: "standard",
    status: "active",
    is_automatic: false,
    application_method: { type: "percentage", target_type: "items", allocation: "across", value: 10, currency_code: "jpy" },
  })

  const applyPlugin = async (api, cartId, code) => {
    const { data, ms } = await api.post(`/store/carts/${cartId}/coupon`, { code })
    if (!data.applied || !(Number(data.discount_total) > 0)) {
      throw new Error(`The plugin did not apply ${code} to cart ${cartId}: ${JSON.stringify({ applied: data.applied, message: data.message, discount_total: data.discount_total })}`)
    }
    return ms
  }
  const applyNative = async (api, cartId) => {
    const { data, ms } = await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [NATIVE_CODE] })
    const codes = (data.cart?.promotions ?? []).map((p) => p.code)
    if (!codes.includes(NATIVE_CODE) || !(Number(data.cart?.discount_total) > 0)) {
      throw new Error(`Medusa did not apply ${NATIVE_CODE} to cart ${cartId}: promotions ${JSON.stringify(codes)}, discount_total ${data.cart?.discount_total}`)
    }
    return ms
  }

  const updateWith = (expected) => async (api, cartId, code) => {
    const { data, ms } = await api.post(`/store/carts/${cartId}`, { promo_codes: [code] })
    const codes = (data.cart?.promotions ?? []).map((p) => p.code)
    if (!codes.includes(expected) || !(Number(data.cart?.discount_total) > 0)) {
      throw new Error(`POST /store/carts/:id did not apply ${code} to cart ${cartId}: promotions ${JSON.stringify(codes)}, discount_total ${data.cart?.discount_total}`)
    }
    return ms
  }
  const runners = {
    plugin: (api, cartId) => applyPlugin(api, cartId, pluginCode),
    native: (api, cartId) => applyNative(api, cartId),
    // The shopper's code comes back as typed (never the internal CM- code).
    plugin_update: (api, cartId) => updateWith(pluginCode.toUpperCase())(api, cartId, pluginCode),
    native_update: (api, cartId) => updateWith(NATIVE_CODE)(api, cartId, NATIVE_CODE),
  }
  const kinds = Object.keys(runners)
  const total = SIZES.applyWarmup + SIZES.applyRuns
  const times = Object.fromEntries(kinds.map((k) => [k, []]))
  await ctx.step(
    `applying codes: ${SIZES.applyWarmup} warm-up + ${SIZES.applyRuns} measured rounds of (plugin route, Medusa promotions route, the plugin code and the Medusa code through POST /store/carts/:id), each on a fresh cart`,
    async () => {
      for (let round = 0; round < total; round++) {
        // Rotate which goes first, so no kind always follows another's work.
        const order = kinds.map((_, i) => kinds[(i + round) % kinds.length])
        for (const kind of order) {
          const cartId = await createCart(catalog)
          const ms = await runners[kind](catalog.storeApi, cartId)
          if (round >= SIZES.applyWarmup) times[kind].push(ms)
        }
        if ((round + 1) % 50 === 0) ctx.log(`  ${round + 1}/${total} rounds`)
      }
    },
    { timeoutMs: 900_000, hint: store.db.hint }
  )
  const plugin = summary(times.plugin)
  const native = summary(times.native)
  ctx.log(`  plugin fixed code: ${describe(plugin)}`)
  ctx.log(`  Medusa promotion:  ${describe(native)}`)
  ctx.record("apply_p50_ms", plugin.p50, "ms", { label: "apply a plugin coupon code, p50", note: `POST /store/carts/:id/coupon, n=${plugin.n}` })
  ctx.record("apply_p95_ms", plugin.p95, "ms", { label: "apply a plugin coupon code, p95", note: `mean ${plugin.mean.toFixed(1)} ms, max ${plugin.max.toFixed(1)} ms` })
  ctx.record("native_apply_p50_ms", native.p50, "ms", { label: "apply a Medusa promotion code, p50", note: `POST /store/carts/:id/promotions, n=${native.n}` })
  ctx.record("native_apply_p95_ms", native.p95, "ms", { label: "apply a Medusa promotion code, p95", note: `mean ${native.mean.toFixed(1)} ms, max ${native.max.toFixed(1)} ms` })
  ctx.record("apply_p95_ratio", plugin.p95 / native.p95, "ratio", { label: "plugin p95 / Medusa p95", note: "apply_p95_ms / native_apply_p95_ms" })
  const viaUpdate = summary(times.plugin_update)
  const nativeUpdate = summary(times.native_update)
  ctx.log(`  plugin code via POST /store/carts/:id: ${describe(viaUpdate)}`)
  ctx.log(`  Medusa code via POST /store/carts/:id: ${describe(nativeUpdate)}`)
  ctx.record("native_path_apply_p50_ms", viaUpdate.p50, "ms", { label: "plugin code through POST /store/carts/:id {promo_codes}, p50", note: `n=${viaUpdate.n}` })
  ctx.record("native_path_apply_p95_ms", viaUpdate.p95, "ms", { label: "plugin code through POST /store/carts/:id {promo_codes}, p95", note: `mean ${viaUpdate.mean.toFixed(1)} ms, max ${viaUpdate.max.toFixed(1)} ms` })
  ctx.record("native_update_apply_p95_ms", nativeUpdate.p95, "ms", { label: "Medusa code through POST /store/carts/:id {promo_codes}, p95", note: `p50 ${nativeUpdate.p50.toFixed(1)} ms, n=${nativeUpdate.n}` })
  ctx.record("native_path_apply_p95_ratio", viaUpdate.p95 / nativeUpdate.p95, "ratio", { label: "plugin code / Medusa code on POST /store/carts/:id, p95", note: "native_path_apply_p95_ms / native_update_apply_p95_ms (aim ≤ 1.2)" })

  // An individual code, applied by its owner (logged in) — the owners join the coupon's
  // group and get their codes by issuing to the group again (only newcomers get one).
  const shoppers = []
  for (let i = 0; i < SHOPPERS; i++) shoppers.push(await registerShopper(store, catalog, `owner${i}-${process.pid}@bench.example`))
  await store.admin.post(`/admin/customer-groups/${groupId}/customers`, { add: shoppers.map((s) => s.customerId) })
  const { data: reissue, ms: reissueMs } = await store.admin.post(
    `/admin/coupon-marketing/coupons/${individualCouponId}/codes`,
    { customer_group_id: groupId },
    { timeoutMs: 600_000 }
  )
  ctx.log(`  issuing again to the group: ${reissue.issued} new, ${reissue.skipped} skipped (already held) in ${(reissueMs / 1000).toFixed(1)} s`)
  const { rows } = await store.db.pool.query(
    "select customer_id, code from cm_coupon_code where coupon_id = $1 and customer_id = any($2) and deleted_at is null",
    [individualCouponId, shoppers.map((s) => s.customerId)]
  )
  const codeOf = new Map(rows.map((r) => [r.customer_id, r.code]))
  if (codeOf.size !== shoppers.length) throw new Error(`Expected a code for each of the ${shoppers.length} owners, found ${codeOf.size}`)

  const warmup = Math.min(SIZES.applyWarmup, 10)
  const individual = []
  await ctx.step(
    `applying individual codes: ${warmup} warm-up + ${SIZES.individualRuns} measured, by their logged-in owners`,
    async () => {
      for (let i = 0; i < warmup + SIZES.individualRuns; i++) {
        const shopper = shoppers[i % shoppers.length]
        const cartId = await createCart(catalog, shopper.api)
        const ms = await applyPlugin(shopper.api, cartId, codeOf.get(shopper.customerId))
        if (i >= warmup) individual.push(ms)
      }
    },
    { timeoutMs: 600_000, hint: store.db.hint }
  )
  const ind = summary(individual)
  ctx.log(`  individual code:   ${describe(ind)}`)
  ctx.record("apply_individual_p50_ms", ind.p50, "ms", { label: "apply an individual code (owner logged in), p50", note: `n=${ind.n}` })
  ctx.record("apply_individual_p95_ms", ind.p95, "ms", { label: "apply an individual code (owner logged in), p95", note: `mean ${ind.mean.toFixed(1)} ms, max ${ind.max.toFixed(1)} ms` })
}

function describe(s) {
  return `n=${s.n} min ${s.min.toFixed(1)} p50 ${s.p50.toFixed(1)} p95 ${s.p95.toFixed(1)} max ${s.max.toFixed(1)} mean ${s.mean.toFixed(1)} ms`
}

/** A shopper with an account, through the real auth routes; answers a store client as them. */
async function registerShopper(store, catalog, email, password = "bench-shopper-1") {
  const { data: reg } = await store.http.post("/auth/customer/emailpass/register", { email, password })
  const { data: created } = await catalog.storeApi.post(
    "/store/customers",
    { email, first_name: "Bench", last_name: email.split("@")[0] },
    { headers: { authorization: `Bearer ${reg.token}` } }
  )
  const { data: login } = await store.http.post("/auth/customer/emailpass", { email, password })
  return { customerId: created.customer.id, api: catalog.storeApi.with({ authorization: `Bearer ${login.token}` }) }
}
