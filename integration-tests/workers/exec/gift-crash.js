// `medusa exec ../exec/gift-crash.js <mode> …` (cwd integration-tests/workers/app): the parts of
// the GIFT-5 crash test (integration-tests/workers/gift-crash.spec.ts) that run inside Medusa.
//  - `setup <out.json>`: an active sign-up gift (100 points and an individual-code coupon) and a
//    new member whose account is written straight to the customer table (so no customer.created
//    subscriber grants it before the test does); writes { activity_id, coupon_id, customer_id }.
//  - `grant <customer_id>`: the grant workflow the customer.created subscriber runs — the test
//    kills this process with SIGKILL while it waits inside the grant.
//  - `missed <out.json>`: the grant-missed-gifts job, then the delivery job; writes what the
//    store holds for the member afterwards.
const fs = require("fs")
const path = require("path")
const { ContainerRegistrationKeys } = require("@medusajs/framework/utils")

const built = path.resolve(__dirname, "..", "..", "..", ".medusa", "server", "src")
const load = (...p) => require(path.join(built, ...p))
const HOUR = 3600_000

module.exports.default = async function giftCrash({ container, args }) {
  const [mode, arg] = args
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  if (mode === "setup") {
    const { createCouponWorkflow } = load("workflows", "coupons", "workflows", "create-coupon")
    const { saveMembershipGiftWorkflow } = load("workflows", "gifts", "workflows", "save-membership-gift")
    const { result: coupon } = await createCouponWorkflow(container).run({
      input: {
        name: "Welcome ¥500", audience: "all_customers", code_mode: "individual", validity_type: "relative", valid_days: 30,
        benefit_type: "fixed_amount", benefit_value: 500, currency_code: "jpy", condition_type: "none", category_ids: [],
      },
    })
    const { result: activity } = await saveMembershipGiftWorkflow(container).run({
      input: {
        name: "Welcome",
        starts_at: new Date(Date.now() - HOUR).toISOString(),
        ends_at: new Date(Date.now() + 6 * 24 * HOUR).toISOString(),
        draft: false,
        prizes: [{ type: "points", amount: 100 }, { type: "coupon", coupon_id: coupon.id }],
      },
    })
    const customer_id = "cus_giftcrash0000000000000001"
    await pg("customer").insert({ id: customer_id, email: "crash.member@example.com", first_name: "Kana", has_account: true })
    fs.writeFileSync(arg, JSON.stringify({ activity_id: activity.id, coupon_id: coupon.id, customer_id }))
    return
  }
  if (mode === "grant") {
    const { grantMembershipGiftWorkflow } = load("workflows", "gifts", "workflows", "grant-membership-gift")
    await grantMembershipGiftWorkflow(container).run({ input: { customer_id: arg } })
    return
  }
  if (mode === "missed") {
    const { grantMissedGifts } = load("jobs", "grant-missed-gifts")
    const { deliverDueMessages } = load("jobs", "deliver-messages")
    const job = await grantMissedGifts(container)
    await deliverDueMessages(container)
    const customer_id = "cus_giftcrash0000000000000001"
    const q = async (sql) => (await pg.raw(sql, [customer_id])).rows
    fs.writeFileSync(arg, JSON.stringify({
      job,
      grants: await q(`select id, status from cm_membership_gift_grant where customer_id = ? and deleted_at is null`),
      points: await q(`select points from cm_points_entry where customer_id = ? and type = 'gift' and deleted_at is null`),
      codes: await q(`select code from cm_coupon_code where customer_id = ? and source = 'gift' and deleted_at is null`),
      deliveries: await q(`select channel, status from cm_delivery where customer_id = ? and purpose like 'membership-gift:%' order by channel`),
    }))
    return
  }
  throw new Error(`gift-crash.js: unknown mode ${mode}`)
}
