import { formatIndividualCode, formatMoney, formatZonedDateTime } from "../../../modules/coupon-marketing/domain/coupons"
import type { DueExchangeReminder, ExchangeReminderInput } from "../../../modules/coupon-marketing/types/deliveries"

/** The template name a store's email provider receives for the reminder (POINTS-8). */
export const EXCHANGE_REMINDER_TEMPLATE = "coupon-marketing-exchange-reminder"
/** The deliveries' purpose. */
export const EXCHANGE_REMINDER_PURPOSE = "exchange_reminder"

/**
 * POINTS-8: the deliveries that remind one holder: on `feed` (the customer's in-app inbox)
 * always, and by `email` when the customer has an address. Keys `exchange-reminder:<id>:<channel>`.
 */
export function exchangeReminderDeliveries(
  row: DueExchangeReminder,
  customer: { email?: string | null; first_name?: string | null } | undefined,
  timezone: string
): ExchangeReminderInput {
  const data = {
    title: "Your coupon expires soon",
    code: formatIndividualCode(row.code),
    amount: formatMoney(Number(row.face_value), row.currency_code),
    expires_at: `${formatZonedDateTime(new Date(row.expires_at), timezone)} (${timezone})`,
    first_name: customer?.first_name ?? null,
  }
  const content = { subject: data.title, text: `Your ${data.amount} coupon ${data.code} expires on ${data.expires_at}.` }
  const base = {
    purpose: EXCHANGE_REMINDER_PURPOSE, customer_id: row.customer_id, template: EXCHANGE_REMINDER_TEMPLATE, data, content,
    resource_id: row.id, resource_type: "coupon_marketing_exchange",
  }
  return {
    exchange_id: row.id,
    deliveries: [
      { ...base, key: `exchange-reminder:${row.id}:feed`, channel: "feed", to: row.customer_id },
      ...(customer?.email ? [{ ...base, key: `exchange-reminder:${row.id}:email`, channel: "email", to: customer.email }] : []),
    ],
  }
}
