/**
 * The order page's coupon widget beside Medusa's order summary (SPEC §5): the summary's
 * "Discount" is the order's `discount_total` (with tax, and every promotion), the coupon's
 * discount is in the prices' own basis (before tax in a tax-exclusive region). When the two
 * figures differ, the widget says why, in a merchant's words. Pure; safe in the browser.
 */
import { formatMoney } from "./money"

export interface OrderDiscountFigures {
  /** The coupon's discount as the plugin recorded it (the basis of the order's prices). */
  coupon_discount: number
  currency_code: string
  /** Medusa's `discount_total`: what the order summary shows as "Discount". */
  order_discount_total: number
  /** Whether the order's prices include tax (the region's price preference when it was placed). */
  tax_inclusive: boolean
  /** The other promotions' adjustments on the order, in the prices' basis. */
  other_promotions_total: number
}

export interface OrderDiscountText {
  /** The coupon's discount with its basis: "−¥385 before tax", "−¥424 incl. tax". */
  amount: string
  /** Why the order summary shows another figure, or that it is the same; null when nothing to say. */
  note: string | null
}

/** Amounts closer than this are the same (Medusa keeps fractions of the smallest unit). */
const SAME = 1e-6

export function describeOrderDiscount(f: OrderDiscountFigures): OrderDiscountText {
  const money = (n: number) => formatMoney(n, f.currency_code)
  const coupon = `−${money(f.coupon_discount)}`
  const summary = `−${money(f.order_discount_total)}`
  const other = f.other_promotions_total > SAME ? f.other_promotions_total : 0
  const sameAsSummary = Math.abs(f.order_discount_total - f.coupon_discount) < SAME

  if (f.tax_inclusive) {
    const amount = `${coupon} incl. tax`
    if (sameAsSummary) return { amount, note: "As in the order summary" }
    if (other) return { amount, note: `Order summary ${summary} includes other promotions: −${money(other)}` }
    return { amount, note: `Order summary: ${summary}` }
  }
  if (sameAsSummary) return { amount: coupon, note: "As in the order summary (no tax on it)" }
  const amount = `${coupon} before tax`
  if (other) return { amount, note: `Order summary ${summary} includes tax and other promotions: −${money(other)} before tax` }
  if (f.order_discount_total > f.coupon_discount) return { amount, note: `${summary} with tax, as in the order summary` }
  return { amount, note: `Order summary: ${summary}` }
}
