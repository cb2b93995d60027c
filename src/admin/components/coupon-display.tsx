import { StatusBadge } from "@medusajs/ui"
import type { AdminCoupon } from "../hooks/use-coupons"
import { formatStoreDateTime } from "../lib/dates"
import { backendUrl } from "../lib/sdk"
import type { CouponAudience, CouponStatus } from "../../types/coupons"
import { describeValidity } from "../../modules/coupon-marketing/domain/coupons"

/** The coupon pages' words and small pieces, shared by the pages and the widgets. */

export const COUPONS_PATH = "/coupon-marketing/coupons"

/** COUPON-22: a coupon's usage report, a CSV download (the admin's session cookie goes with it). */
export const usageReportUrl = (couponId: string) => backendUrl(`/admin/coupon-marketing/coupons/${couponId}/report.csv`)

/** COUPON-23: every order, with the coupon discount and coupon name columns added (CSV). */
export const ORDER_EXPORT_URL = backendUrl("/admin/coupon-marketing/orders/export.csv")

export const AUDIENCE_LABELS: Record<CouponAudience, string> = {
  anyone: "Anyone",
  all_customers: "All customers",
  segment: "Segment",
  members_only: "Members only",
}

const STATUS_LABELS: Record<CouponStatus, string> = { scheduled: "Scheduled", active: "Active", ended: "Ended" }
const STATUS_COLORS: Record<CouponStatus, "blue" | "green" | "grey"> = { scheduled: "blue", active: "green", ended: "grey" }

/** COUPON-16: scheduled (blue), active (green), ended (grey). */
export const CouponStatusBadge = ({ status }: { status: CouponStatus }) => (
  <StatusBadge color={STATUS_COLORS[status]}>{STATUS_LABELS[status]}</StatusBadge>
)

/** "1 code", "3 codes". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`
}

/**
 * A date and time on the store's clocks (`timeZone`: `useStoreTimezone()`); the browser's while
 * the zone is not known.
 */
export function formatDateTime(value: string | Date | null | undefined, timeZone?: string): string {
  return formatStoreDateTime(value, timeZone)
}

/** COUPON-7: a window on the store's clocks, or "10 days from delivery". */
export function validityText(
  coupon: Pick<AdminCoupon, "validity_type" | "valid_days" | "starts_at" | "ends_at">,
  timeZone?: string
): string {
  if (coupon.validity_type === "relative") {
    // "10 days from delivery": no date, so no time zone is involved.
    return describeValidity({ validity_type: "relative", valid_days: coupon.valid_days }, "UTC")
  }
  return `${formatDateTime(coupon.starts_at, timeZone)} – ${formatDateTime(coupon.ends_at, timeZone)}`
}

/** COUPON-13 in words: "1 use per customer · 500 uses in total", "Unlimited". */
export function limitsText(coupon: Pick<AdminCoupon, "code_mode" | "per_customer_limit" | "total_limit">): string {
  const perCustomer =
    coupon.code_mode === "individual"
      ? "1 use per code"
      : coupon.per_customer_limit
        ? `${plural(coupon.per_customer_limit, "use")} per customer`
        : "No limit per customer"
  const total = coupon.total_limit ? `${plural(coupon.total_limit, "use")} in total` : "no total limit"
  return `${perCustomer} · ${total}`
}

/** COUPON-12 in words. */
export function targetText(coupon: Pick<AdminCoupon, "category_ids">): string {
  const n = coupon.category_ids?.length ?? 0
  return n ? `${plural(n, "product category", "product categories")} (and their subcategories)` : "All products"
}
