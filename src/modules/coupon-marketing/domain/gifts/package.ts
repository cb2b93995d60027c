import { GIFT_LIMITS, LOYALTY_PLUGIN, type GiftPrize } from "../../../../types/http/gifts"
import type { GiftIssue } from "./activity"
import { sendAtLabel } from "../pushes/schedule"

/** What the package rules read from a plugin coupon. */
export interface GiftCouponFacts {
  id: string
  name: string
  code_mode: string
  validity_type: string
  valid_days: number | null
  benefit_type: string
  starts_at: Date | null
  ends_at: Date | null
  deleted: boolean
}

export const STORE_CREDIT_UNAVAILABLE = `Store credit needs Medusa's loyalty plugin (${LOYALTY_PLUGIN}), which this store does not run; offer points or a coupon instead`

const TYPE_WORDS: Record<string, string> = { points: "points", coupon: "a coupon", free_shipping: "free shipping", store_credit: "store credit" }

/**
 * GIFT-2 and GIFT-3: 1 to 3 prizes of different types; a coupon prize is a plugin coupon with
 * individual codes and relative validity (days after the grant) whose own window covers the
 * activity's; a free-shipping prize the same with a free-shipping coupon; store credit only where
 * the loyalty plugin runs. Each refusal names the field (`prizes.<i>.<field>`) and the rule.
 */
export function packageIssues(
  prizes: GiftPrize[],
  ctx: { activity: { starts_at: Date; ends_at: Date }; coupons: Map<string, GiftCouponFacts>; storeCredit: boolean; timeZone: string }
): GiftIssue[] {
  const issues: GiftIssue[] = []
  if (prizes.length < GIFT_LIMITS.PRIZES_MIN || prizes.length > GIFT_LIMITS.PRIZES_MAX) {
    issues.push({ field: "prizes", message: `prizes: a gift package holds ${GIFT_LIMITS.PRIZES_MIN} to ${GIFT_LIMITS.PRIZES_MAX} prizes` })
  }
  const seen = new Set<string>()
  prizes.forEach((prize, i) => {
    const at = `prizes.${i}`
    if (seen.has(prize.type)) {
      issues.push({ field: `${at}.type`, message: `${at}.type: each prize must be of a different type (${TYPE_WORDS[prize.type]} is given twice)` })
      return
    }
    seen.add(prize.type)
    if (prize.type === "points") {
      if (!Number.isInteger(prize.amount) || prize.amount < 1 || prize.amount > GIFT_LIMITS.POINTS_MAX) {
        issues.push({ field: `${at}.amount`, message: `${at}.amount: points are a whole number of at least 1` })
      }
      return
    }
    if (prize.type === "store_credit") {
      if (!ctx.storeCredit) issues.push({ field: `${at}.type`, message: `${at}.type: ${STORE_CREDIT_UNAVAILABLE}` })
      else if (!(prize.amount > 0) || prize.amount > GIFT_LIMITS.STORE_CREDIT_MAX) {
        issues.push({ field: `${at}.amount`, message: `${at}.amount: store credit is more than 0 and at most ${GIFT_LIMITS.STORE_CREDIT_MAX.toLocaleString("en")}` })
      }
      return
    }
    const field = `${at}.coupon_id`
    const coupon = ctx.coupons.get(prize.coupon_id)
    if (!coupon || coupon.deleted) {
      issues.push({ field, message: `${field}: this coupon does not exist (any more)` })
      return
    }
    const isFreeShipping = coupon.benefit_type === "free_shipping"
    if (prize.type === "free_shipping" && !isFreeShipping) {
      issues.push({ field, message: `${field}: "${coupon.name}" is not a free-shipping coupon; a free-shipping prize needs one` })
    } else if (prize.type === "coupon" && isFreeShipping) {
      issues.push({ field, message: `${field}: "${coupon.name}" gives free shipping; choose it as the free-shipping prize` })
    }
    if (coupon.code_mode !== "individual") {
      issues.push({ field, message: `${field}: "${coupon.name}" uses one shared code; a gift coupon must use individual codes (one per new member)` })
    }
    if (coupon.validity_type !== "relative" || !coupon.valid_days) {
      issues.push({ field, message: `${field}: "${coupon.name}" must be valid a number of days after it is given (relative validity), not between fixed dates` })
    }
    const { starts_at, ends_at } = ctx.activity
    if ((coupon.starts_at && coupon.starts_at.getTime() > starts_at.getTime()) || (coupon.ends_at && coupon.ends_at.getTime() < ends_at.getTime())) {
      const from = coupon.starts_at ? sendAtLabel(coupon.starts_at, ctx.timeZone) : "now"
      const to = coupon.ends_at ? sendAtLabel(coupon.ends_at, ctx.timeZone) : "no end"
      issues.push({ field, message: `${field}: "${coupon.name}" can be given only from ${from} to ${to}; it must cover the whole activity` })
    }
  })
  return issues
}
