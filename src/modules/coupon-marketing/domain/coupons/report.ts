/**
 * COUPON-22 and COUPON-23: the rows of the usage report and the coupon columns of the order
 * export, as pure functions (the routes only fetch and stream). Amounts are in the currency's
 * main unit as numbers (¥1,200 → 1200, €9.50 → 9.5) so a spreadsheet can sum them.
 */
import type { BenefitType, ConditionType, ValidityType } from "../../../../types/coupons"
import type { CsvValue } from "./csv"
import { describeBenefit, describeValidity } from "./message-tags"
import { DateLike, formatZonedDateTime, toDateOrNull } from "./validity"
import { formatIndividualCode } from "./codes"

/** COUPON-22's columns, in the SPEC's order (plus the use's state: cancelled orders give it back). */
export const USAGE_REPORT_HEADER = [
  "customer id",
  "orderer name",
  "email",
  "coupon code",
  "coupon name",
  "validity",
  "benefit",
  "condition",
  "per-person limit",
  "eligible sales amount",
  "discount total",
  "currency",
  "order date",
  "order number",
  "status",
] as const

export interface ReportCoupon {
  name: string
  code_mode: "fixed" | "individual"
  validity_type: ValidityType
  starts_at?: DateLike
  ends_at?: DateLike
  valid_days?: number | null
  benefit_type: BenefitType
  benefit_value?: number | null
  currency_code: string
  condition_type: ConditionType
  condition_value?: number | null
  per_customer_limit?: number | null
}

export interface ReportUsage {
  code: string
  coupon_code_id?: string | null
  customer_id?: string | null
  email?: string | null
  eligible_total: number | string
  discount_total: number | string
  currency_code: string
  released_at?: DateLike
  created_at?: DateLike
  /** Relative validity: the individual code's own expiry. */
  code_expires_at?: DateLike
}

export interface ReportOrder {
  display_id?: number | string | null
  created_at?: DateLike
  email?: string | null
  first_name?: string | null
  last_name?: string | null
}

/** "Yamada Taro" style: family and given name as the order holds them, either may be missing. */
export function ordererName(order: ReportOrder | null | undefined): string {
  return [order?.first_name, order?.last_name].map((s) => (s ?? "").trim()).filter(Boolean).join(" ")
}

/** COUPON-10 for the report: "none", or the condition's amount (the SPEC's wording). */
export function reportCondition(coupon: Pick<ReportCoupon, "condition_type" | "condition_value">): CsvValue {
  if (coupon.condition_type === "none") return "none"
  const amount = Number(coupon.condition_value ?? 0)
  switch (coupon.condition_type) {
    case "min_total":
      return `eligible total >= ${amount}`
    case "max_total":
      return `eligible total <= ${amount}`
    default:
      return `unit price >= ${amount}`
  }
}

/** One row of the usage report (COUPON-22). */
export function usageReportRow(
  coupon: ReportCoupon,
  usage: ReportUsage,
  order: ReportOrder | null,
  timeZone: string,
  giftTitle?: string | null,
  /** Reused across the rows of one report: a window coupon's validity text is the same on every row. */
  validityCache?: Map<string, string>
): CsvValue[] {
  const orderedAt = toDateOrNull(order?.created_at ?? usage.created_at)
  const validityKey = String(toDateOrNull(usage.code_expires_at)?.getTime() ?? "")
  let validity = validityCache?.get(validityKey)
  if (validity === undefined) {
    validity = describeValidity(
      {
        validity_type: coupon.validity_type,
        starts_at: coupon.starts_at,
        ends_at: coupon.ends_at,
        valid_days: coupon.valid_days,
        expires_at: usage.code_expires_at ?? null,
      },
      timeZone
    )
    validityCache?.set(validityKey, validity)
  }
  return [
    usage.customer_id ?? "",
    ordererName(order),
    order?.email ?? usage.email ?? "",
    usage.coupon_code_id ? formatIndividualCode(usage.code) : usage.code,
    coupon.name,
    validity,
    describeBenefit(
      { benefit_type: coupon.benefit_type, benefit_value: coupon.benefit_value ?? null, currency_code: coupon.currency_code },
      giftTitle
    ),
    reportCondition(coupon),
    coupon.per_customer_limit ?? (coupon.code_mode === "individual" ? 1 : "unlimited"),
    Number(usage.eligible_total),
    Number(usage.discount_total),
    usage.currency_code.toUpperCase(),
    orderedAt ? formatZonedDateTime(orderedAt, timeZone) : "",
    order?.display_id ?? "",
    usage.released_at ? "cancelled" : "used",
  ]
}

/** COUPON-23: the order export's columns; the last two are the plugin's. */
export const ORDER_EXPORT_HEADER = [
  "order number",
  "order date",
  "status",
  "customer id",
  "orderer name",
  "email",
  "currency",
  "item total",
  "shipping total",
  "discount total",
  "tax total",
  "total",
  "coupon discount",
  "coupon name",
] as const

export interface ExportOrder extends ReportOrder {
  status?: string | null
  customer_id?: string | null
  currency_code: string
  item_total?: number | string | null
  shipping_total?: number | string | null
  discount_total?: number | string | null
  tax_total?: number | string | null
  total?: number | string | null
}

/** One row of the order export; `coupon` is the order's live (not given back) coupon use, if any. */
export function orderExportRow(
  order: ExportOrder,
  coupon: { name: string; discount_total: number | string } | null,
  timeZone: string
): CsvValue[] {
  const at = toDateOrNull(order.created_at)
  const n = (v: number | string | null | undefined) => (v === null || v === undefined ? "" : Number(v))
  return [
    order.display_id ?? "",
    at ? formatZonedDateTime(at, timeZone) : "",
    order.status ?? "",
    order.customer_id ?? "",
    ordererName(order),
    order.email ?? "",
    order.currency_code.toUpperCase(),
    n(order.item_total),
    n(order.shipping_total),
    n(order.discount_total),
    n(order.tax_total),
    n(order.total),
    coupon ? Number(coupon.discount_total) : 0,
    coupon?.name ?? "",
  ]
}
