import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../modules/coupon-marketing"
import type CouponMarketingModuleService from "../modules/coupon-marketing/service"
import { formatIndividualCode, formatMoney, formatZonedDateTime } from "../modules/coupon-marketing/domain/coupons"
import { expirePointsWorkflow } from "../workflows/points/workflows/expire-points"

/** The template name a store's email provider receives for the reminder (POINTS-8). */
export const EXCHANGE_REMINDER_TEMPLATE = "coupon-marketing-exchange-reminder"

/**
 * Every morning: expires earned points that reached their expiry (POINTS-3), then reminds
 * holders of unused exchanged coupons that expire within `points.reminder_days` (POINTS-8).
 */
export default async function pointsDailyJob(container: MedusaContainer) {
  const now = new Date()
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  await expirePointsWorkflow(container).run({ input: { now } })
  await remindExpiringExchanges(container, now)
}

/**
 * POINTS-8: one reminder per exchanged coupon, through the host's Notification Module on the
 * `feed` channel (the customer's in-app inbox) and `email` (to the customer's address, when the
 * store has an email provider). Claimed before sending, so a coupon is never reminded twice;
 * the notifications carry idempotency keys too. Answers the number of coupons reminded.
 */
export async function remindExpiringExchanges(container: MedusaContainer, now: Date): Promise<number> {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { timezone, points } = service.getOptions()
  const until = new Date(now.getTime() + points.reminder_days * 24 * 3600_000)
  const due = await service.claimExchangeReminders(now, until)
  if (!due.length) return 0
  const customers = await container.resolve(Modules.CUSTOMER).listCustomers({ id: [...new Set(due.map((d) => d.customer_id))] }, { select: ["id", "email", "first_name"] })
  const byId = new Map(customers.map((c) => [c.id, c]))
  const notifications = container.resolve(Modules.NOTIFICATION)
  for (const row of due) {
    const customer = byId.get(row.customer_id)
    const data = {
      title: "Your coupon expires soon",
      code: formatIndividualCode(row.code),
      amount: formatMoney(Number(row.face_value), row.currency_code),
      expires_at: `${formatZonedDateTime(new Date(row.expires_at), timezone)} (${timezone})`,
      first_name: customer?.first_name ?? null,
    }
    const content = { subject: data.title, text: `Your ${data.amount} coupon ${data.code} expires on ${data.expires_at}.` }
    const sends = [
      { to: row.customer_id, channel: "feed", template: EXCHANGE_REMINDER_TEMPLATE, data, content, receiver_id: row.customer_id, resource_id: row.id, resource_type: "coupon_marketing_exchange", idempotency_key: `points-reminder:${row.id}:feed` },
      ...(customer?.email
        ? [{ to: customer.email, channel: "email", template: EXCHANGE_REMINDER_TEMPLATE, data, content, receiver_id: row.customer_id, resource_id: row.id, resource_type: "coupon_marketing_exchange", idempotency_key: `points-reminder:${row.id}:email` }]
        : []),
    ]
    for (const send of sends) {
      try {
        await notifications.createNotifications(send as never)
      } catch (error) {
        // A store without a provider for this channel: the other channel still reaches the customer.
        logger.warn(`coupon-marketing: exchange reminder ${row.id} not sent on ${send.channel}: ${(error as Error).message}`)
      }
    }
  }
  return due.length
}

export const config = {
  name: "coupon-marketing-points-daily",
  schedule: "0 9 * * *",
}
