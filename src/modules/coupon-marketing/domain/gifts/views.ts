import type { GiftPrize, GiftPrizeView } from "../../../../types/http/gifts"
import { describeBenefit, describeCondition } from "../coupons/message-tags"
import { formatMoney } from "../coupons/money"

/** What the prize words read from a plugin coupon. */
export interface GiftCouponWords {
  id: string
  name: string
  benefit_type: string
  benefit_value: number | null
  currency_code: string
  condition_type: string
  condition_value: number | null
  valid_days: number | null
}

const plural = (n: number, one: string) => `${n.toLocaleString("en")} ${one}${n === 1 ? "" : "s"}`

/**
 * GIFT-4: a prize in words a storefront can show: "200 points", "¥500 off" with the coupon's
 * name, its condition and "valid 30 days after you join", "¥1,000 store credit".
 */
export function prizeView(prize: GiftPrize, coupons: Map<string, GiftCouponWords>): GiftPrizeView {
  const base = { amount: null, currency_code: null, coupon_id: null, valid_days: null, description: null }
  if (prize.type === "points") return { ...base, type: "points", title: plural(prize.amount, "point"), amount: prize.amount }
  if (prize.type === "store_credit") {
    return { ...base, type: "store_credit", title: `${formatMoney(prize.amount, prize.currency_code)} store credit`, amount: prize.amount, currency_code: prize.currency_code.toLowerCase() }
  }
  const coupon = coupons.get(prize.coupon_id)
  if (!coupon) return { ...base, type: prize.type, title: prize.type === "free_shipping" ? "Free shipping" : "A coupon", coupon_id: prize.coupon_id }
  const benefit = describeBenefit(coupon as never)
  const condition = describeCondition(coupon as never)
  const validity = coupon.valid_days ? `valid ${plural(coupon.valid_days, "day")} after you join` : null
  const description = [coupon.name, condition && condition !== "None" ? condition : null, validity].filter(Boolean).join(" · ")
  return {
    type: prize.type,
    title: benefit,
    description,
    amount: coupon.benefit_type === "free_shipping" ? null : coupon.benefit_value,
    currency_code: coupon.currency_code.toLowerCase(),
    coupon_id: coupon.id,
    valid_days: coupon.valid_days,
  }
}

/** GIFT-5: the message text naming what was given ("200 points, ¥500 off (code ABCD-…)"). */
export function grantSummary(views: (GiftPrizeView & { code?: string | null })[]): string {
  return views.map((v) => (v.code ? `${v.title} (code ${v.code})` : v.title)).join(", ")
}
