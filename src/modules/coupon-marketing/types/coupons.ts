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

export interface IssueCouponCodesResult {
  issued: number
  skipped: number
  codes: { id: string; code: string; customer_id: string; expires_at: Date | null }[]
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
