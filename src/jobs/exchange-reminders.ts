import type { MedusaContainer } from "@medusajs/framework/types"
import { enqueueExchangeRemindersWorkflow } from "../workflows/deliveries/workflows/enqueue-exchange-reminders"
import { EXCHANGE_REMINDER_PURPOSE } from "../workflows/deliveries/utils/exchange-reminder"
import { deliverDueMessages } from "./deliver-messages"

export { EXCHANGE_REMINDER_TEMPLATE } from "../workflows/deliveries/utils/exchange-reminder"

/**
 * Every morning (POINTS-8): holders of unused exchanged coupons that expire within
 * `points.reminder_days` are reminded, once, on `feed` and by `email` (when they have an
 * address and the store an email provider).
 */
export default async function exchangeRemindersJob(container: MedusaContainer) {
  await remindExpiringExchanges(container, new Date())
}

/**
 * Queues the reminders through the delivery pipeline (the exchange marked reminded in the same
 * transaction), then sends what is due at once rather than at the delivery job's next minute;
 * a failed send is retried by the delivery job. Answers the number of exchanges reminded.
 */
export async function remindExpiringExchanges(container: MedusaContainer, now: Date): Promise<number> {
  let reminded = 0
  for (;;) {
    const { result } = await enqueueExchangeRemindersWorkflow(container).run({ input: { now, limit: 500 } })
    reminded += result.exchange_ids.length
    if (!result.exchange_ids.length) break
  }
  if (reminded) await deliverDueMessages(container, now, { purposes: [EXCHANGE_REMINDER_PURPOSE] })
  return reminded
}

export const config = {
  name: "coupon-marketing-exchange-reminders",
  schedule: "0 9 * * *",
}
