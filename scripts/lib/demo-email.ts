/**
 * `npm run dev:demo-email` (through `medusa exec`): queues one real email in the development
 * store's delivery pipeline — the POINTS-8 reminder of the demo exchange (its real code and
 * expiry, to its holder's address), under a key of its own so the exchange itself is not marked
 * reminded and the command can be run again. The running store's `deliver-messages` job sends
 * it within a minute through the `email` provider (the SMTP provider, to the mail catcher).
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../../src/modules/coupon-marketing"
import type CouponMarketingModuleService from "../../src/modules/coupon-marketing/service"
import { enqueueDeliveriesWorkflow } from "../../src/workflows/deliveries/workflows/enqueue-deliveries"
import { exchangeReminderDeliveries } from "../../src/workflows/deliveries/utils/exchange-reminder"

export const DEMO_EMAIL_PURPOSE = "dev_demo_email"

export default async function demoEmail({ container }: ExecArgs) {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const { timezone } = service.getOptions()
  const now = new Date()
  // Any exchange whose coupon is still unused and unexpired, however far its expiry is.
  const [due] = await service.listDueExchangeReminders(now, new Date(now.getTime() + 10 * 365 * 86_400_000), 1)
  if (!due) throw new Error("No unused exchanged coupon in the demo data to remind about (seed: customer 1's exchange)")
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: due.customer_id }, { select: ["id", "email", "first_name"] })
  const email = exchangeReminderDeliveries(due, customer, timezone).deliveries.find((d) => d.channel === "email")
  if (!email) throw new Error(`Customer ${due.customer_id} has no email address`)
  const key = `dev-demo-email:${due.id}:${now.getTime()}`
  await enqueueDeliveriesWorkflow(container).run({ input: { deliveries: [{ ...email, key, purpose: DEMO_EMAIL_PURPOSE, send_at: now }] } })
  // One line the caller (scripts/dev.mjs) reads.
  console.log(`DEMO_EMAIL ${JSON.stringify({ key, to: email.to, template: email.template, code: (email.data as { code: string }).code })}`)
}
