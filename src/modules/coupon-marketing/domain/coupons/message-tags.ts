/**
 * COUPON-36: the coupon in words, and the message tags `{{coupon}}` and `{{indv_coupon_code}}`
 * expanded in any template the plugin sends (push messages, sign-up gift, …). Pure; the admin
 * uses the same functions for its previews.
 */
import { CouponInput, ValidityType } from "../../../../types/coupons"
import { formatIndividualCode } from "./codes"
import { formatMoney } from "./money"
import { DateLike, formatZonedDateTime, toDateOrNull } from "./validity"

/** COUPON-8 in words: "¥500 off", "10% off", "¥100 off per item", "Free shipping", "Gift: Tote bag". */
export function describeBenefit(
  coupon: Pick<CouponInput, "benefit_type" | "benefit_value" | "currency_code">,
  giftTitle?: string | null
): string {
  const value = coupon.benefit_value ?? 0
  switch (coupon.benefit_type) {
    case "fixed_amount":
      return `${formatMoney(value, coupon.currency_code)} off`
    case "percent":
      return `${value}% off`
    case "per_item_amount":
      return `${formatMoney(value, coupon.currency_code)} off per item`
    case "free_shipping":
      return "Free shipping"
    case "gift_product":
      return giftTitle && giftTitle.trim() ? `Gift: ${giftTitle.trim()}` : "Gift product"
  }
}

/** COUPON-10 in words: "None", "Eligible total ¥3,000 or more", "… or less", "Unit price ¥1,000 or more". */
export function describeCondition(coupon: Pick<CouponInput, "condition_type" | "condition_value" | "currency_code">): string {
  const amount = formatMoney(coupon.condition_value ?? 0, coupon.currency_code)
  switch (coupon.condition_type) {
    case "none":
      return "None"
    case "min_total":
      return `Eligible total ${amount} or more`
    case "max_total":
      return `Eligible total ${amount} or less`
    case "min_unit_price":
      return `Unit price ${amount} or more`
  }
}

/** What `describeValidity` needs. */
export interface ValidityDescriptionInput {
  validity_type: ValidityType
  starts_at?: DateLike
  ends_at?: DateLike
  valid_days?: number | null
  /** Relative validity, once a code was sent: when the recipient's code expires. */
  expires_at?: DateLike
}

/**
 * COUPON-7 in words, in the store's time zone:
 * - window: "2026-12-01 10:00 – 2027-01-31 23:59 (Asia/Tokyo)";
 * - relative, for a sent code: "Until 2026-12-11 23:59 (Asia/Tokyo)";
 * - relative, before sending: "10 days from delivery" ("1 day from delivery").
 */
export function describeValidity(validity: ValidityDescriptionInput, timeZone: string): string {
  if (validity.validity_type === "relative") {
    const expires = toDateOrNull(validity.expires_at)
    if (expires) {
      return `Until ${formatZonedDateTime(expires, timeZone)} (${timeZone})`
    }
    const days = validity.valid_days ?? 0
    return `${days} day${days === 1 ? "" : "s"} from delivery`
  }
  const starts = toDateOrNull(validity.starts_at)
  const ends = toDateOrNull(validity.ends_at)
  const from = starts ? formatZonedDateTime(starts, timeZone) : ""
  const to = ends ? formatZonedDateTime(ends, timeZone) : ""
  if (from && to) {
    return `${from} – ${to} (${timeZone})`
  }
  if (to) {
    return `Until ${to} (${timeZone})`
  }
  return from ? `From ${from} (${timeZone})` : ""
}

/** The coupon as `{{coupon}}` shows it: each value already in words. */
export interface CouponTagInfo {
  name: string
  /** The fixed code; null for individual codes (then the recipient's code is shown). */
  code?: string | null
  benefit: string
  condition: string
  validity: string
}

export interface MessageTagValues {
  coupon?: CouponTagInfo | null
  /** The recipient's individual code, stored form or formatted. */
  individualCode?: string | null
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
}

const TAG = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g

/** The lines of `{{coupon}}`, unescaped. */
function couponLines(coupon: CouponTagInfo, individualCode: string | null): string[] {
  const code = coupon.code && coupon.code.trim() ? coupon.code.trim() : individualCode
  return [
    `Coupon: ${coupon.name}`,
    ...(code ? [`Code: ${code}`] : []),
    `Benefit: ${coupon.benefit}`,
    `Condition: ${coupon.condition}`,
    `Valid: ${coupon.validity}`,
  ]
}

/**
 * COUPON-36: expands the message tags of `template`, in one pass.
 * - `{{coupon}}` → the coupon's name, code, benefit, condition and validity, one per line
 *   ("\n" in text, "<br>" in html); empty when no coupon is given.
 * - `{{indv_coupon_code}}` → the recipient's individual code with hyphens ("K7QF-9X2M-HW4D");
 *   empty when there is none.
 * Tags tolerate inner spaces (`{{ coupon }}`); unknown tags are left as they are. Substituted
 * values are HTML-escaped in html mode and never expanded again (a coupon named "{{coupon}}"
 * stays that text).
 */
export function renderMessageTags(template: string, values: MessageTagValues, format: "text" | "html"): string {
  const escape = format === "html" ? escapeHtml : (s: string) => s
  const individualCode =
    values.individualCode && values.individualCode.trim() ? formatIndividualCode(values.individualCode.trim()) : null

  // A replacer function: the values are inserted literally ("$&" in a value is not special)
  // and `replace` never rescans what it inserted.
  return template.replace(TAG, (match: string, name: string) => {
    switch (name) {
      case "coupon":
        return values.coupon
          ? couponLines(values.coupon, individualCode).map(escape).join(format === "html" ? "<br>" : "\n")
          : ""
      case "indv_coupon_code":
        return individualCode ? escape(individualCode) : ""
      default:
        return match
    }
  })
}
