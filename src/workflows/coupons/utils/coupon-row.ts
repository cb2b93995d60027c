import { couponStatus } from "../../../modules/coupon-marketing/domain/coupons"
import type { CouponStatus } from "../../../types/coupons"

/** A coupon row as the module answers it. */
export interface CouponRow {
  id: string
  name: string
  audience: string
  code_mode: "fixed" | "individual"
  code: string | null
  customer_group_id: string | null
  validity_type: "window" | "relative"
  starts_at: Date | string | null
  ends_at: Date | string | null
  valid_days: number | null
  benefit_type: string
  benefit_value: number | string | null
  gift_variant_id: string | null
  currency_code: string
  condition_type: string
  condition_value: number | string | null
  category_ids: string[] | null
  per_customer_limit: number | null
  total_limit: number | null
  promotion_id: string | null
  codes_issued_at: Date | string | null
  last_code_expires_at: Date | string | null
  created_at?: Date | string
  updated_at?: Date | string
}

export function statusOf(coupon: CouponRow, now: Date): CouponStatus {
  return couponStatus(
    {
      validity_type: coupon.validity_type,
      code_mode: coupon.code_mode,
      starts_at: coupon.starts_at,
      ends_at: coupon.ends_at,
      codes_issued: !!coupon.codes_issued_at,
      last_code_expires_at: coupon.last_code_expires_at,
    },
    now
  )
}

const num = (v: number | string | null) => (v === null || v === undefined ? null : Number(v))

/** The admin's view of a coupon: its policy, derived status and live usage (COUPON-16, -20). */
export function toAdminCoupon(coupon: CouponRow, uses: number, now = new Date(), codesIssued = 0) {
  return {
    id: coupon.id,
    name: coupon.name,
    audience: coupon.audience,
    code_mode: coupon.code_mode,
    code: coupon.code,
    customer_group_id: coupon.customer_group_id,
    validity_type: coupon.validity_type,
    starts_at: coupon.starts_at,
    ends_at: coupon.ends_at,
    valid_days: coupon.valid_days,
    benefit_type: coupon.benefit_type,
    benefit_value: num(coupon.benefit_value),
    gift_variant_id: coupon.gift_variant_id,
    currency_code: coupon.currency_code,
    condition_type: coupon.condition_type,
    condition_value: num(coupon.condition_value),
    category_ids: coupon.category_ids ?? [],
    per_customer_limit: coupon.per_customer_limit,
    total_limit: coupon.total_limit,
    promotion_id: coupon.promotion_id,
    status: statusOf(coupon, now),
    uses,
    /** Individual codes issued so far (the admin warns before deleting a coupon whose codes were sent). */
    codes_issued: codesIssued,
    codes_issued_at: coupon.codes_issued_at,
    created_at: coupon.created_at,
    updated_at: coupon.updated_at,
  }
}

