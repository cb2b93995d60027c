/** What checkout records when an order uses a coupon (COUPON-20). */
export interface ConsumeCouponUseInput {
  coupon_id: string
  cart_id: string
  code: string
  coupon_code_id?: string | null
  customer_id?: string | null
  email?: string | null
  currency_code: string
  eligible_total: number
  discount_total: number
}

/** What issuing individual codes is told (COUPON-5). */
export interface IssueCouponCodesInput {
  coupon_id: string
  customer_ids: string[]
  /** Who issues: admin, push, exchange, gift; and the id of that push/exchange/grant. */
  source?: string
  source_id?: string | null
  /**
   * true (admin issuing, pushes): a customer who already holds a code of this coupon gets no
   * second one, so issuing twice to a group only reaches the new members. false (exchanges):
   * every call gives each customer a new code.
   */
  once_per_customer?: boolean
  /** When the code is sent: relative validity counts its days from here (COUPON-7). */
  now?: Date
}

/** One individual code just issued. */
export interface IssuedCode {
  id: string
  code: string
  customer_id: string
  expires_at: Date | null
}

export interface IssueCouponCodesResult {
  issued: number
  skipped: number
  codes: IssuedCode[]
}

/** What recording a use reads of the coupon (under its row lock). */
export interface CouponForUse {
  id: string
  total_limit: number | null
  per_customer_limit: number | null
}

/** What issuing codes reads of the coupon (under its row lock). */
export interface CouponForIssue {
  id: string
  code_mode: string
  validity_type: string
  valid_days: number | null
  ends_at: Date | null
}

/** A use given back (COUPON-21). */
export interface ReleasedCouponUse {
  id: string
  coupon_id: string
  coupon_code_id: string | null
}

/** The live coupon use of an order, for the order export (COUPON-23). */
export interface OrderCouponUse {
  coupon_id: string
  name: string
  discount_total: number
}

/** An individual code a customer can still use (COUPON-35). */
export interface UsableCode {
  id: string
  code: string
  coupon_id: string
  uses: number
  max_uses: number
  expires_at: Date | null
  created_at: Date
}

/** A coupon purged (COUPON-19): the caller deletes its promotion from the Promotion Module. */
export interface PurgedCoupon {
  coupon_id: string
  promotion_id: string | null
}

/** The coupon a cart is to hold (COUPON-30). */
export interface CartCouponInput {
  coupon_id: string
  code: string
  coupon_code_id: string | null
  customer_id: string | null
}

/** The record of a cart's coupon. */
export interface CartCouponRecord extends CartCouponInput {
  id: string
  cart_id: string
}

/** What replacing a cart's coupon answers: the record it replaced (for compensation) and the new one. */
export interface ReplaceCartCouponResult {
  previous: CartCouponRecord | null
  current: CartCouponRecord | null
}

/** A row of the usage report as the database answers it. */
export interface UsageReportRow {
  id: string
  code: string
  coupon_code_id: string | null
  customer_id: string | null
  email: string | null
  order_id: string | null
  currency_code: string
  eligible_total: string
  discount_total: string
  released_at: Date | null
  created_at: Date
  code_expires_at: Date | null
  order_display_id: number | null
  ordered_at: Date | null
  orderer_name: string | null
}
