import type { ReportOrder } from "../../../modules/coupon-marketing/domain/coupons"

/** The order fields the usage report and the order export read. */
export const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "email",
  "billing_address.first_name",
  "billing_address.last_name",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "customer.first_name",
  "customer.last_name",
]

export type OrderRow = ReportOrder & {
  id: string
  billing_address?: { first_name?: string | null; last_name?: string | null } | null
  shipping_address?: { first_name?: string | null; last_name?: string | null } | null
  customer?: { first_name?: string | null; last_name?: string | null } | null
}

/** The orderer's name: billing address, else shipping address, else the customer account. */
export function withOrdererName(order: OrderRow): ReportOrder {
  const holder = [order.billing_address, order.shipping_address, order.customer].find((h) => h && (h.first_name || h.last_name))
  return { ...order, first_name: holder?.first_name ?? null, last_name: holder?.last_name ?? null }
}

