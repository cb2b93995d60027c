// Benchmark 1: issue individual codes of one coupon to every member of a 100,000-customer group,
// through the admin route (POST /admin/coupon-marketing/coupons/:id/codes → the plugin's
// issueCouponCodesWorkflow), beside Medusa's Promotion Module creating one-code promotions.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { SIZES, createCoupon, insertCustomers } from "./setup.mjs"

const here = path.dirname(fileURLToPath(import.meta.url))

export async function benchIssue(ctx, store) {
  const { pool } = store.db
  const { data: group } = await store.admin.post("/admin/customer-groups", { name: "Bench segment" })
  const groupId = group.customer_group.id
  await ctx.step(`inserting ${SIZES.customers.toLocaleString("en-US")} customers into the group (SQL, setup)`, () =>
    insertCustomers(pool, groupId, SIZES.customers)
  )
  const coupon = await createCoupon(store, {
    name: "Bench individual codes",
    audience: "segment",
    customer_group_id: groupId,
    code_mode: "individual",
    validity_type: "relative",
    valid_days: 30,
    benefit_type: "percent",
    benefit_value: 10,
    currency_code: "jpy",
    condition_type: "none",
  })

  const issued = await ctx.step(
    `issuing codes to the group (POST /admin/coupon-marketing/coupons/:id/codes)`,
    async () => {
      const { data, ms } = await store.admin.post(
        `/admin/coupon-marketing/coupons/${coupon.id}/codes`,
        { customer_group_id: groupId },
        { timeoutMs: 900_000 }
      )
      return { ...data, seconds: ms / 1000 }
    },
    { timeoutMs: 900_000, hint: store.db.hint }
  )
  const { rows } = await pool.query("select count(*)::int as n from cm_coupon_code where coupon_id = $1 and deleted_at is null", [coupon.id])
  if (issued.issued !== SIZES.customers || rows[0].n !== SIZES.customers) {
    throw new Error(`Expected ${SIZES.customers} codes, the route answered ${JSON.stringify(issued)} and the table holds ${rows[0].n}`)
  }
  const codesPerS = issued.issued / issued.seconds
  ctx.record("issue_100k_seconds", issued.seconds, "s", {
    label: `issue ${issued.issued.toLocaleString("en-US")} individual codes`,
    note: "one POST …/codes {customer_group_id}, wall time",
  })
  ctx.record("issue_codes_per_s", codesPerS, "codes/s", { label: "issuing rate", note: "codes / wall time" })

  // Medusa's own way: one promotion per code, through the Promotion Module in-process.
  const out = path.join(store.logDir, "native-promotions.json")
  await ctx.step(
    `Promotion Module: createPromotions × ${SIZES.nativePromotions.toLocaleString("en-US")} in batches of ${SIZES.nativeBatch} (medusa exec)`,
    () =>
      store.exec(path.join(here, "native-promotions.ts"), [groupId, String(SIZES.nativePromotions), String(SIZES.nativeBatch), out], {
        timeoutMs: 600_000,
        logName: "native-promotions.log",
      }),
    { timeoutMs: 620_000, hint: store.db.hint }
  )
  const native = JSON.parse(fs.readFileSync(out, "utf8"))
  const nativePerS = native.count / native.seconds
  ctx.record("native_promotions_per_s", nativePerS, "promotions/s", {
    label: `Medusa createPromotions (${native.count.toLocaleString("en-US")}, ${native.calls} calls of ${native.batch})`,
    note: `one-code promotions with a customer-group rule; ${native.seconds.toFixed(1)} s`,
  })
  ctx.record("issue_speedup_vs_native", codesPerS / nativePerS, "ratio", {
    label: "issuing vs one promotion per code",
    note: "issue_codes_per_s / native_promotions_per_s",
  })
  return { groupId, couponId: coupon.id }
}
