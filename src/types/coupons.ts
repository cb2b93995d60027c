/**
 * Coupons (SPEC §1, COUPON-4 … COUPON-36): the shapes shared by the domain rules, the module,
 * the HTTP routes and the admin pages. No imports: the admin bundle uses this file too.
 *
 * Money is in the currency's main unit, as Medusa 2 stores it (¥1200 → 1200, €9.50 → 9.5).
 */

/** COUPON-4: who may use the coupon. */
export const COUPON_AUDIENCES = ["anyone", "all_customers", "segment", "members_only"] as const
export type CouponAudience = (typeof COUPON_AUDIENCES)[number]

/** COUPON-5: one code for everybody, or a unique code per customer. */
export const CODE_MODES = ["fixed", "individual"] as const
export type CodeMode = (typeof CODE_MODES)[number]

/** COUPON-7: a fixed window, or N days from the message that delivers the code. */
export const VALIDITY_TYPES = ["window", "relative"] as const
export type ValidityType = (typeof VALIDITY_TYPES)[number]

/** COUPON-8: exactly one benefit. */
export const BENEFIT_TYPES = ["fixed_amount", "percent", "per_item_amount", "free_shipping", "gift_product"] as const
export type BenefitType = (typeof BENEFIT_TYPES)[number]

/** COUPON-10: at most one condition. */
export const CONDITION_TYPES = ["none", "min_total", "max_total", "min_unit_price"] as const
export type ConditionType = (typeof CONDITION_TYPES)[number]

/** COUPON-16: derived from time (and, for individual codes, from whether codes were issued). */
export const COUPON_STATUSES = ["scheduled", "active", "ended"] as const
export type CouponStatus = (typeof COUPON_STATUSES)[number]

/** The limits of SPEC §1, in one place. */
export const COUPON_LIMITS = {
  NAME_MAX: 100,
  FIXED_CODE_MIN: 4,
  FIXED_CODE_MAX: 50,
  /** Individual codes: 12 characters of a 32-letter alphabet = 60 bits. */
  INDIVIDUAL_CODE_LENGTH: 12,
  RELATIVE_DAYS_MIN: 1,
  RELATIVE_DAYS_MAX: 365,
  /**
   * A fixed window starts ≥ 1 hour and ≤ 1 month from now … The 1 hour is only the default of
   * the option `coupons.min_start_lead_minutes`, which the rules enforce.
   */
  START_MIN_LEAD_MS: 60 * 60 * 1000,
  START_MAX_LEAD_MONTHS: 1,
  /** … and ends ≥ 1 hour after its start and ≤ 120 months after it. */
  MIN_DURATION_MS: 60 * 60 * 1000,
  MAX_DURATION_MONTHS: 120,
  AMOUNT_MIN: 1,
  AMOUNT_MAX: 99_999_999,
  PERCENT_MIN: 1,
  PERCENT_MAX: 99,
  PER_CUSTOMER_MIN: 1,
  PER_CUSTOMER_MAX: 100,
  CATEGORIES_MAX: 5,
  /** COUPON-14: scheduled + active coupons at once. */
  LIVE_COUPONS_MAX: 100,
  /** COUPON-19: ended coupons are purged this many years after their end. */
  PURGE_AFTER_YEARS: 3,
} as const

/** What an admin submits to create a coupon (and, partially, to edit one). */
export interface CouponInput {
  name: string
  audience: CouponAudience
  code_mode: CodeMode
  /** fixed mode only: 4–50 of A–Z 0–9 - _ (case-insensitive; stored upper-case). */
  code?: string | null
  /** segment audience only: the Medusa customer group. */
  customer_group_id?: string | null
  validity_type: ValidityType
  /** window validity: ISO date-times. */
  starts_at?: string | Date | null
  ends_at?: string | Date | null
  /** relative validity: 1–365 days from the send, until 23:59:59 of the last day (store time zone). */
  valid_days?: number | null
  benefit_type: BenefitType
  /** fixed_amount / per_item_amount: 1–99,999,999 (main unit); percent: 1–99. */
  benefit_value?: number | null
  /** gift_product: the variant added at price 0. */
  gift_variant_id?: string | null
  /** The currency of amounts (benefit and condition), e.g. "jpy". */
  currency_code: string
  condition_type: ConditionType
  condition_value?: number | null
  /** Empty: all products. At most 5 Medusa product category ids (descendants included). */
  category_ids?: string[]
  /** members_only + fixed: 1–100 uses per customer. Individual codes: always 1. anyone: none. */
  per_customer_limit?: number | null
  /** Optional cap on all uses together. */
  total_limit?: number | null
}

/** One line of a cart as the coupon rules see it. */
export interface CouponCartItem {
  id: string
  product_id: string
  variant_id?: string | null
  /** Categories the product is in, with their ancestors (so a coupon on a parent matches). */
  category_ids: string[]
  unit_price: number
  quantity: number
  /** Subscription items are never eligible (COUPON-12). */
  is_subscription?: boolean
  /** A gift line added by a coupon: never eligible and never discounted again. */
  is_gift?: boolean
}

/** The outcome of the rules on one cart: what Medusa's promotion should do, and why not. */
export interface CouponEvaluation {
  /** The items the coupon may discount. */
  eligible_item_ids: string[]
  /** Sum of unit_price × quantity of the eligible items. */
  eligible_total: number
  /** Whether the condition is met (a benefit applies only then). */
  applicable: boolean
  /** The amount off, per item, rounded down to the currency's smallest unit. */
  item_discounts: Record<string, number>
  /** The sum of item_discounts. */
  discount_total: number
  /** free_shipping: every item is eligible (else no free shipping). */
  free_shipping: boolean
  /** When not applicable: why, for the shopper ("Add ¥500 more of eligible items…"). */
  reason?: "below_minimum" | "above_maximum" | "no_eligible_items" | "not_all_items_eligible"
  /** below_minimum: how much more of eligible items is needed. */
  missing_amount?: number
}

/**
 * One problem found in a coupon's input, naming its snake_case field (`benefit_value`, …) so
 * that the API answers 400 with the field and the admin shows the message beside it.
 */
export interface CouponFieldError {
  field: string
  message: string
}

/** COUPON-17: the fields an existing coupon lets change (the admin API's update body). */
export const EDITABLE_COUPON_FIELDS = [
  "name",
  "starts_at",
  "ends_at",
  "benefit_type",
  "benefit_value",
  "gift_variant_id",
  "condition_type",
  "condition_value",
  "category_ids",
  "per_customer_limit",
  "total_limit",
] as const satisfies readonly (keyof CouponInput)[]

/** The generic refusal (COUPON-32): never says whether the code exists. */
export const COUPON_NOT_VALID = "This coupon code is not valid"
