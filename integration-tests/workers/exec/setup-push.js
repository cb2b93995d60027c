// `medusa exec ./exec/setup-push.js <recipients> <out.json>` (cwd integration-tests/workers/app):
// `recipients` customers who follow the store, verified their email and consent to every
// channel (SQL, setup), an individual-code coupon (the plugin's create-coupon workflow) and an
// advertising push of it to the followers on email, feed and push (the create-push workflow),
// tomorrow 12:00 in the store's zone. Writes { push_id, send_at, coupon_id, recipients } to out.json.
const fs = require("fs")
const path = require("path")
const { ContainerRegistrationKeys } = require("@medusajs/framework/utils")

const built = path.resolve(__dirname, "..", "..", "..", ".medusa", "server", "src")

module.exports.default = async function setupPush({ container, args }) {
  const recipients = Number(args[0] ?? 500)
  const out = args[1]
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await pg.raw(
    `insert into customer (id, first_name, last_name, email, has_account, created_at, updated_at)
     select 'cus_w_' || lpad(g::text, 7, '0'), 'Follower', 'No ' || g, 'follower' || g || '@workers.example', true, now(), now()
       from generate_series(1, ?::int) g`,
    [recipients]
  )
  await pg.raw(
    `insert into cm_follower (id, customer_id, followed_at)
     select 'cmfol_w_' || lpad(g::text, 7, '0'), 'cus_w_' || lpad(g::text, 7, '0'), now() - interval '2 days'
       from generate_series(1, ?::int) g`,
    [recipients]
  )
  await pg.raw(
    `insert into cm_message_preference (id, customer_id, email, feed, push, email_verified_at, email_verified_address)
     select 'cmpref_w_' || lpad(g::text, 7, '0'), 'cus_w_' || lpad(g::text, 7, '0'), true, true, true, now() - interval '2 days', 'follower' || g || '@workers.example'
       from generate_series(1, ?::int) g`,
    [recipients]
  )
  await pg.raw("analyze customer; analyze cm_follower; analyze cm_message_preference")

  const { createCouponWorkflow } = require(path.join(built, "workflows", "coupons", "workflows", "create-coupon"))
  const { createPushWorkflow } = require(path.join(built, "workflows", "pushes", "workflows", "create-push"))
  const { result: coupon } = await createCouponWorkflow(container).run({
    input: {
      name: "Followers ¥300 off", audience: "all_customers", code_mode: "individual", validity_type: "relative", valid_days: 7,
      benefit_type: "fixed_amount", benefit_value: 300, currency_code: "jpy", condition_type: "none", category_ids: [],
    },
  })
  // Tomorrow 12:00 in Asia/Tokyo (UTC+9, no DST) = 03:00 UTC: an offered slot (PUSH-7).
  const tokyoToday = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10)
  const sendAt = new Date(new Date(`${tokyoToday}T03:00:00.000Z`).getTime() + 24 * 3600_000)
  const { result: push } = await createPushWorkflow(container).run({
    input: { type: "advertising", coupon_id: coupon.id, audience: { kind: "followers" }, best_items: { mode: "auto", count: 4 }, send_at: sendAt.toISOString(), channels: ["email", "feed", "push"] },
  })
  fs.writeFileSync(out, JSON.stringify({ push_id: push.id, coupon_id: coupon.id, send_at: sendAt.toISOString(), recipients }))
}
