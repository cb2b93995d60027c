import type { BenefitType, CodeMode, ConditionType, CouponAudience, CouponInput, CouponStatus, ValidityType } from "../coupons"
import type { DeleteResponse, PageParams, PaginatedResponse } from "./common"

/** A coupon as the admin API answers it: its policy, derived status and live usage (COUPON-16, COUPON-20). */
export interface AdminCoupon<TDate = string> {
  id: string
  name: string
  audience: CouponAudience
  code_mode: CodeMode
  code: string | null
  customer_group_id: string | null
  validity_type: ValidityType
  starts_at: TDate | null
  ends_at: TDate | null
  valid_days: number | null
  benefit_type: BenefitType
  benefit_value: number | null
  gift_variant_id: string | null
  currency_code: string
  condition_type: ConditionType
  condition_value: number | null
  category_ids: string[]
  per_customer_limit: number | null
  total_limit: number | null
  promotion_id: string | null
  status: CouponStatus
  /** COUPON-20: every use counts (the same shopper twice = 2). */
  uses: number
  /** Individual codes issued so far (0 for a fixed code). */
  codes_issued: number
  /** When the first individual codes were issued (an individual coupon is scheduled until then). */
  codes_issued_at: TDate | null
  created_at?: TDate
  updated_at?: TDate
}

/** GET /admin/coupon-marketing/coupons */
export interface AdminCouponListParams extends PageParams {
  q?: string
  status?: CouponStatus
  promotion_id?: string
  /** `created_at`, `name`, `starts_at`, `ends_at`; `-` first for descending. Default `-created_at`. */
  order?: string
}
export interface AdminCouponListResponse<TDate = string> extends PaginatedResponse {
  coupons: AdminCoupon<TDate>[]
}

/** POST /admin/coupon-marketing/coupons → 201; GET and POST …/:id → 200. */
export interface AdminCouponResponse<TDate = string> {
  coupon: AdminCoupon<TDate>
}

export type AdminCreateCoupon = CouponInput

/** POST /admin/coupon-marketing/coupons/:id accepts only what COUPON-17 lets change. */
export type AdminUpdateCoupon = Partial<
  Pick<
    CouponInput,
    | "name"
    | "starts_at"
    | "ends_at"
    | "benefit_type"
    | "benefit_value"
    | "gift_variant_id"
    | "condition_type"
    | "condition_value"
    | "category_ids"
    | "per_customer_limit"
    | "total_limit"
  >
>

/** DELETE /admin/coupon-marketing/coupons/:id */
export type AdminCouponDeleteResponse = DeleteResponse<"coupon">

/** POST /admin/coupon-marketing/coupons/:id/codes: picked customers or a customer group (else the coupon's audience). */
export interface AdminIssueCouponCodes {
  customer_ids?: string[]
  customer_group_id?: string
}
export interface AdminIssueCouponCodesResponse {
  issued: number
  skipped: number
}

/** GET /store/coupon-marketing/me/coupons: the coupons the logged-in customer can use now (COUPON-35). */
export interface StoreMyCoupon<TDate = string> {
  id: string
  name: string
  code: string
  benefit_type: BenefitType
  benefit_value: number | null
  currency_code: string
  /** The benefit in the shopper's words ("¥500 off"). */
  benefit: string
  condition_type: ConditionType
  condition_value: number | null
  condition: string
  validity: string
  uses_left: number | null
  expires_at: TDate | null
}
export type StoreMyCouponsParams = PageParams
export interface StoreMyCouponsResponse<TDate = string> extends PaginatedResponse {
  coupons: StoreMyCoupon<TDate>[]
}
