// `medusa exec ../exec/gift-store-credit.js <out.json>` (cwd integration-tests/workers/loyalty-app):
// the sign-up gift's store credit prize in a store that runs Medusa's loyalty plugin. Saves an
// activity with a points and a store credit prize (the plugin's save workflow), grants it to one
// new member three times at once (what three deliveries of `customer.created` run), and runs the
// credit step in a workflow whose next step fails (its compensation). Writes what the store's
// own modules then hold to out.json; integration-tests/workers/loyalty.spec.ts asserts on it.
const fs = require("fs")
const path = require("path")
const { Modules, ContainerRegistrationKeys } = require("@medusajs/framework/utils")
const { createWorkflow, createStep, WorkflowResponse } = require("@medusajs/framework/workflows-sdk")

const built = path.resolve(__dirname, "..", "..", "..", ".medusa", "server", "src")

module.exports.default = async function giftStoreCredit({ container, args }) {
  const out = args[0]
  const { storeCreditAvailability } = require(path.join(built, "workflows", "gifts", "utils", "store-credit"))
  const { saveMembershipGiftWorkflow } = require(path.join(built, "workflows", "gifts", "workflows", "save-membership-gift"))
  const { grantMembershipGiftWorkflow } = require(path.join(built, "workflows", "gifts", "workflows", "grant-membership-gift"))
  const { grantGiftStoreCreditStep, GIFT_CREDIT_REFERENCE } = require(path.join(built, "workflows", "gifts", "steps", "grant-gift-store-credit"))
  const credit = container.resolve("store_credit")
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const result = { availability: storeCreditAvailability(container) }

  const hour = 3600_000
  const { result: activity } = await saveMembershipGiftWorkflow(container).run({
    input: {
      name: "Welcome",
      starts_at: new Date(Date.now() - hour).toISOString(),
      ends_at: new Date(Date.now() + 6 * 24 * hour).toISOString(),
      draft: false,
      prizes: [
        { type: "points", amount: 100 },
        { type: "store_credit", amount: 500, currency_code: "JPY" },
      ],
    },
  })
  result.activity_id = activity.id

  const [member] = await container.resolve(Modules.CUSTOMER).createCustomers([{ email: "new.member@loyalty.example", first_name: "Nana", has_account: true }])
  const runs = await Promise.allSettled([1, 2, 3].map(() => grantMembershipGiftWorkflow(container).run({ input: { customer_id: member.id } })))
  result.runs = runs.map((r) => (r.status === "fulfilled" ? { granted: r.value.result.granted, store_credit: r.value.result.prizes?.store_credit ?? null } : { error: String(r.reason) }))
  const accounts = await credit.listStoreCreditAccounts({ customer_id: member.id })
  result.accounts = accounts.map((a) => ({ currency_code: a.currency_code, balance: Number(a.balance) }))
  const transactions = await credit.listAccountTransactions({ reference: GIFT_CREDIT_REFERENCE })
  result.transactions = transactions.map((t) => ({ amount: Number(t.amount), type: t.type, reference_id: t.reference_id, note: t.note }))
  result.grants = (await pg.raw(`select id, status, prizes from cm_membership_gift_grant where customer_id = ?`, [member.id])).rows
  result.points = (await pg.raw(`select points from cm_points_entry where customer_id = ? and type = 'gift' and deleted_at is null`, [member.id])).rows
  result.messages = (await pg.raw(`select channel, data from cm_delivery where customer_id = ? and purpose like 'membership-gift:%' order by channel`, [member.id])).rows.map((r) => ({ channel: r.channel, body: r.data?.body ?? null }))

  // Compensation: the credit step, then a step that fails — the credit (and the account it opened) go.
  const [other] = await container.resolve(Modules.CUSTOMER).createCustomers([{ email: "second@loyalty.example", has_account: true }])
  const failing = createStep("gift-store-credit-test-fail", async () => {
    throw new Error("a later step failed")
  })
  const wf = createWorkflow("gift-store-credit-compensation-test", (input) => {
    const given = grantGiftStoreCreditStep(input)
    failing()
    return new WorkflowResponse(given)
  })
  const claim = { activity: { ...activity, prizes: activity.prizes }, grant: { id: "cmgg_compensation_test", customer_id: other.id } }
  const { errors } = await wf(container).run({ input: claim, throwOnError: false })
  result.compensation = {
    failed: errors.map((e) => e.error?.message ?? String(e)),
    accounts: (await credit.listStoreCreditAccounts({ customer_id: other.id })).length,
    transactions: (await credit.listAccountTransactions({ reference_id: "cmgg_compensation_test" })).length,
  }
  fs.writeFileSync(out, JSON.stringify(result, null, 2))
}
