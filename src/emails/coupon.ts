import {
  describeBenefit,
  describeCondition,
  describeValidity,
  type ValidityDescriptionInput,
} from "../modules/coupon-marketing/domain/coupons"
import type { CouponInput } from "../types/coupons"
import type { EmailCouponType } from "./types"

/** What `emailCoupon` reads from a plugin coupon. */
export type EmailCouponSource = Pick<
  CouponInput,
  "name" | "code_mode" | "code" | "benefit_type" | "benefit_value" | "currency_code" | "condition_type" | "condition_value" | "validity_type" | "starts_at" | "ends_at" | "valid_days"
>

/**
 * COUPON-36 `{{coupon}}` for the emails, from a plugin coupon: its name, the benefit and the
 * condition in words with the currency (`¥500 off`, `Eligible total ¥3,000 or more`), the
 * validity in the store's time zone (a relative-validity coupon sent now: until `expires_at`),
 * and the fixed code (individual-code coupons show the recipient's `indv_coupon_code` instead).
 */
export function emailCoupon(
  coupon: EmailCouponSource,
  timeZone: string,
  options: { giftTitle?: string | null; expires_at?: ValidityDescriptionInput["expires_at"] } = {}
): EmailCouponType {
  return {
    name: coupon.name,
    code: coupon.code_mode === "fixed" ? coupon.code ?? null : null,
    benefit: describeBenefit(coupon, options.giftTitle),
    condition: describeCondition(coupon),
    validity: describeValidity({ ...coupon, expires_at: options.expires_at }, timeZone) || null,
  }
}
