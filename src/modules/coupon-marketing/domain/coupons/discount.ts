/**
 * The coupon's arithmetic on a cart (COUPON-8 … COUPON-12, COUPON-33): which items are
 * eligible, whether the condition is met, and the exact amount off each item. Every sum is
 * done in integer minor units (yen, cents), so JPY stays in integers and EUR in cents.
 */
import { CouponCartItem, CouponEvaluation, CouponInput } from "../../../../types/coupons"
import { fromMinor, toMinor } from "./money"

/** The parts of a coupon the arithmetic needs. */
export type CouponForEvaluation = Pick<
  CouponInput,
  "benefit_type" | "benefit_value" | "condition_type" | "condition_value" | "category_ids" | "currency_code"
>

/** A line for `allocateProportionally`. */
export interface AllocationLine {
  id: string
  /** unit_price × quantity, in minor units. */
  total: number
}

/**
 * COUPON-10, COUPON-12: whether an item may be discounted. Never subscription items, never a
 * coupon's gift line, never a line with a negative price; with categories, only items in one
 * of them (the item's `category_ids` include ancestors, so a parent category matches its
 * descendants); with the unit-price condition, only items priced at least X.
 */
export function isItemEligible(coupon: CouponForEvaluation, item: CouponCartItem): boolean {
  if (item.is_subscription || item.is_gift || item.unit_price < 0) {
    return false
  }
  const categories = coupon.category_ids ?? []
  if (categories.length && !item.category_ids.some((id) => categories.includes(id))) {
    return false
  }
  if (coupon.condition_type === "min_unit_price") {
    const min = toMinor(coupon.condition_value ?? 0, coupon.currency_code)
    return toMinor(item.unit_price, coupon.currency_code) >= min
  }
  return true
}

/**
 * Splits `discount` (minor units, ≤ Σ line totals) across lines in proportion to their totals,
 * by the largest-remainder method: each line first gets its share rounded down, then the
 * units left over go one each to the lines with the largest fractional parts (ties: the larger
 * line, then cart order). The parts sum exactly to `discount`, and none is below 0 or above
 * its line's total. BigInt keeps `discount × total` exact for any amount.
 */
export function allocateProportionally(discount: number, lines: readonly AllocationLine[]): Map<string, number> {
  const result = new Map<string, number>()
  const grand = lines.reduce((sum, l) => sum + l.total, 0)
  if (discount <= 0 || grand <= 0) {
    lines.forEach((l) => result.set(l.id, 0))
    return result
  }
  const d = BigInt(Math.min(discount, grand))
  const g = BigInt(grand)
  const shares = lines.map((line, index) => {
    const exact = d * BigInt(line.total)
    return { line, index, floor: exact / g, remainder: exact % g }
  })
  let left = d - shares.reduce((sum, s) => sum + s.floor, BigInt(0))
  const byRemainder = [...shares].sort((a, b) => {
    if (a.remainder !== b.remainder) {
      return a.remainder > b.remainder ? -1 : 1
    }
    if (a.line.total !== b.line.total) {
      return b.line.total - a.line.total
    }
    return a.index - b.index
  })
  for (const share of byRemainder) {
    if (left <= BigInt(0)) {
      break
    }
    share.floor += BigInt(1)
    left -= BigInt(1)
  }
  for (const share of shares) {
    result.set(share.line.id, (result.get(share.line.id) ?? 0) + Number(share.floor))
  }
  return result
}

/**
 * COUPON-8 … COUPON-12, COUPON-33: the coupon applied to a cart.
 *
 * - Eligible items: see `isItemEligible`; lines with quantity ≤ 0 are ignored altogether.
 * - eligible_total: Σ unit_price × quantity of eligible items (each line rounded to the
 *   smallest unit, then summed exactly).
 * - Reasons, in this order: no eligible item → `no_eligible_items`; free shipping with an
 *   ineligible non-gift item → `not_all_items_eligible` (adding more would not help);
 *   eligible total below the minimum → `below_minimum` with `missing_amount`; above the
 *   maximum → `above_maximum`.
 * - `item_discounts` has an entry for every eligible item (0 when nothing applies or the
 *   benefit is not an amount off items).
 */
export function evaluateCoupon(coupon: CouponForEvaluation, items: readonly CouponCartItem[]): CouponEvaluation {
  const currency = coupon.currency_code
  const inCart = items.filter((item) => item.quantity > 0)
  const eligibleItems = inCart.filter((item) => isItemEligible(coupon, item))
  const lines: AllocationLine[] = eligibleItems.map((item) => ({
    id: item.id,
    total: toMinor(item.unit_price * item.quantity, currency),
  }))
  const eligibleTotal = lines.reduce((sum, line) => sum + line.total, 0)

  const zeroDiscounts = (): Record<string, number> => {
    const out: Record<string, number> = {}
    lines.forEach((line) => (out[line.id] = 0))
    return out
  }
  const result = (
    applicable: boolean,
    discounts: Record<string, number>,
    extra: Partial<Pick<CouponEvaluation, "reason" | "missing_amount" | "free_shipping">> = {}
  ): CouponEvaluation => {
    let totalMinor = 0
    const item_discounts: Record<string, number> = {}
    for (const [id, minor] of Object.entries(discounts)) {
      totalMinor += minor
      item_discounts[id] = fromMinor(minor, currency)
    }
    return {
      eligible_item_ids: eligibleItems.map((item) => item.id),
      eligible_total: fromMinor(eligibleTotal, currency),
      applicable,
      item_discounts,
      discount_total: fromMinor(totalMinor, currency),
      free_shipping: extra.free_shipping ?? false,
      ...(extra.reason ? { reason: extra.reason } : {}),
      ...(extra.missing_amount !== undefined ? { missing_amount: extra.missing_amount } : {}),
    }
  }

  if (!eligibleItems.length) {
    return result(false, {}, { reason: "no_eligible_items" })
  }

  // COUPON-8: free shipping only when every item (gift lines aside) is eligible.
  if (coupon.benefit_type === "free_shipping" && inCart.some((item) => !item.is_gift && !isItemEligible(coupon, item))) {
    return result(false, zeroDiscounts(), { reason: "not_all_items_eligible" })
  }

  // COUPON-10, COUPON-33
  if (coupon.condition_type === "min_total") {
    const min = toMinor(coupon.condition_value ?? 0, currency)
    if (eligibleTotal < min) {
      return result(false, zeroDiscounts(), {
        reason: "below_minimum",
        missing_amount: fromMinor(min - eligibleTotal, currency),
      })
    }
  } else if (coupon.condition_type === "max_total") {
    const max = toMinor(coupon.condition_value ?? 0, currency)
    if (eligibleTotal > max) {
      return result(false, zeroDiscounts(), { reason: "above_maximum" })
    }
  }

  const value = coupon.benefit_value ?? 0
  switch (coupon.benefit_type) {
    case "fixed_amount": {
      const discount = Math.min(toMinor(value, currency), eligibleTotal)
      return result(true, Object.fromEntries(allocateProportionally(discount, lines)))
    }
    case "percent": {
      // Integer maths: eligibleTotal × p is exact; (n − n mod 100) / 100 floors it exactly.
      const product = eligibleTotal * Math.trunc(value)
      const discount = (product - (product % 100)) / 100
      return result(true, Object.fromEntries(allocateProportionally(discount, lines)))
    }
    case "per_item_amount": {
      const perItem = toMinor(value, currency)
      const discounts: Record<string, number> = {}
      eligibleItems.forEach((item, i) => {
        const amount = Math.min(perItem * item.quantity, lines[i].total)
        discounts[item.id] = (discounts[item.id] ?? 0) + Math.max(amount, 0)
      })
      return result(true, discounts)
    }
    case "free_shipping":
      return result(true, zeroDiscounts(), { free_shipping: true })
    case "gift_product":
    default:
      return result(true, zeroDiscounts())
  }
}
