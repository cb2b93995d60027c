/**
 * Points and points-exchange coupons (SPEC §3, POINTS-1 … POINTS-9): the shapes shared by the
 * domain rules, the module, the routes and the admin. No imports: the admin bundles this file.
 * Points are whole numbers; money is in the currency's main unit.
 */

/** POINTS-1: every ledger entry is one of these. */
export const POINTS_ENTRY_TYPES = ["earn", "redeem", "refund", "expire", "adjust", "gift"] as const
export type PointsEntryType = (typeof POINTS_ENTRY_TYPES)[number]

/** POINTS-4: the face values an exchange coupon may have (a plugin option may replace the list). */
export const DEFAULT_EXCHANGE_DENOMINATIONS = [5, 10, 20, 25, 30, 40, 50, 55, 60, 70, 80, 100, 150, 200, 250, 300, 500, 1000] as const

export const POINTS_LIMITS = {
  /** POINTS-6: one deposit is below 1,000,000. */
  DEPOSIT_MAX_EXCLUSIVE: 1_000_000,
  REASON_MAX: 500,
  /** Largest points figure accepted anywhere (a Postgres integer). */
  POINTS_MAX: 2_147_483_647,
  VALID_DAYS_MIN: 1,
  VALID_DAYS_MAX: 365,
} as const

/** POINTS-5: an offer is hidden from shoppers while a free coupon beats it. */
export const OFFER_COMPLIANCE = ["compliant", "non_compliant"] as const
export type OfferCompliance = (typeof OFFER_COMPLIANCE)[number]

/** What an admin submits to create an exchange offer (POINTS-4). */
export interface ExchangeOfferInput {
  name: string
  /** Face value of the coupon, from the denomination list. */
  face_value: number
  /** Minimum spend for the coupon (0: none). */
  threshold: number
  currency_code: string
  points_cost: number
  /** Total number of exchanges. */
  stock: number
  /** Exchanges per customer; null: unlimited. */
  per_customer_limit?: number | null
  /** Days the issued coupon is valid after the exchange. */
  valid_days: number
  /** Offer window; null: open. */
  starts_at?: string | Date | null
  ends_at?: string | Date | null
}

/** One field's problem, as the coupon rules report them. */
export interface PointsFieldError {
  field: string
  message: string
}

/** A free coupon an exchange offer is compared with (POINTS-5). */
export interface FreeCouponForCompliance {
  id: string
  name: string
  amount: number
  /** Minimum spend; 0 when the coupon has none. */
  threshold: number
  currency_code: string
}
