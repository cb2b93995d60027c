/**
 * Every event the plugin emits, in one place. Merchants subscribe to these names with a Medusa
 * subscriber (`export const config = { event: CouponMarketingEvents.POINTS_CREDITED }`); the
 * README lists each with its payload. Payloads carry ids only (and the figures analytics needs),
 * never whole records.
 */
export const CouponMarketingEvents = {
  /** `{ id }` — the store's coupon settings changed. */
  SETTINGS_UPDATED: "coupon_marketing.settings_updated",
  /** `{ id, promotion_id }` — a coupon was created. */
  COUPON_CREATED: "coupon_marketing.coupon_created",
  /** `{ id }` — a coupon was edited. */
  COUPON_UPDATED: "coupon_marketing.coupon_updated",
  /** `{ id }` — a coupon was deleted. */
  COUPON_DELETED: "coupon_marketing.coupon_deleted",
  /** `{ coupon_id, count }` — individual codes were issued. */
  CODES_ISSUED: "coupon_marketing.codes_issued",
  /**
   * `CouponAppliedEventData` — a coupon was put on a cart (the plugin's route or Medusa's
   * `promo_codes`): `{ coupon_id, promotion_id, code, code_id, customer_id, cart_id,
   * discount_amount, currency_code }`. `discount_amount` is 0 while the coupon's condition is not met.
   */
  COUPON_APPLIED: "coupon_marketing.coupon_applied",
  /**
   * `CouponUseEventData` — an order used a coupon (once, when the use is tied to its order):
   * `{ coupon_id, promotion_id, usage_id, code, code_id, customer_id, cart_id, order_id,
   * discount_amount, currency_code }`.
   */
  COUPON_USED: "coupon_marketing.coupon_used",
  /**
   * `CouponUseEventData` — a use was given back because its order was canceled (once per use). A
   * checkout that fails before its order exists emitted no COUPON_USED and emits nothing.
   */
  COUPON_USE_RELEASED: "coupon_marketing.coupon_use_released",
  /** `{ customer_id, entry_id, points, reason, order_id? }` — points were credited. */
  POINTS_CREDITED: "coupon_marketing.points_credited",
  /** `{ customer_id, entry_id, points, reason, order_id? }` — points were debited (adjustment, order reversal). */
  POINTS_DEBITED: "coupon_marketing.points_debited",
  /** `{ count }` — earned points reached their expiry and were expired. */
  POINTS_EXPIRED: "coupon_marketing.points_expired",
  /** `{ exchange_id, customer_id, offer_id, coupon_id, code_id, points }` — points were exchanged for a coupon. */
  POINTS_EXCHANGED: "coupon_marketing.points_exchanged",
  /** `{ currency_code, entry_id, amount }` — money was deposited into the points budget. */
  BUDGET_DEPOSITED: "coupon_marketing.budget_deposited",
  /** `{ id, coupon_id }` — an exchange offer was created. */
  EXCHANGE_OFFER_CREATED: "coupon_marketing.exchange_offer_created",
  /** `{ id }` — an exchange offer was edited. */
  EXCHANGE_OFFER_UPDATED: "coupon_marketing.exchange_offer_updated",
  /** `{ id, coupon_id }` — an exchange offer was deleted (its coupon retired). */
  EXCHANGE_OFFER_DELETED: "coupon_marketing.exchange_offer_deleted",
  /** `{ id, purpose, channel, customer_id }` — a message was delivered. */
  DELIVERY_SENT: "coupon_marketing.delivery_sent",
  /** `{ id, purpose, channel, customer_id, attempts, error }` — a message failed for good after its retries. */
  DELIVERY_FAILED: "coupon_marketing.delivery_failed",
  /** `{ id }` — a coupon push was scheduled (PUSH-3). */
  PUSH_CREATED: "coupon_marketing.push_created",
  /** `{ id }` — a scheduled push was cancelled (PUSH-10). */
  PUSH_CANCELLED: "coupon_marketing.push_cancelled",
  /** `[{ id, status }]` — pushes finished sending: `sent`, or `failed` when every delivery failed (PUSH-12). */
  PUSH_SENT: "coupon_marketing.push_sent",
  /**
   * `{ push_id, lane, lanes }` — a push's deliveries are written; `lanes` of these are emitted
   * (option `pushes.send_lanes`) so that as many worker processes may share its sends (PUSH-13).
   */
  PUSH_DELIVERIES_QUEUED: "coupon_marketing.push_deliveries_queued",
  /** `{ id }` — a membership sign-up gift activity was created (GIFT-1). */
  GIFT_CREATED: "coupon_marketing.membership_gift_created",
  /** `{ id }` — a membership gift activity was edited. */
  GIFT_UPDATED: "coupon_marketing.membership_gift_updated",
  /** `{ id }` — a membership gift activity was closed by hand (GIFT-6): it grants nothing more. */
  GIFT_CLOSED: "coupon_marketing.membership_gift_closed",
  /** `{ id, activity_id, customer_id, points_entry_id, code_ids }` — a new member got the sign-up gift (GIFT-5), once. */
  GIFT_GRANTED: "coupon_marketing.membership_gift_granted",
} as const
export type CouponMarketingEvent = (typeof CouponMarketingEvents)[keyof typeof CouponMarketingEvents]

/** The payload of `COUPON_APPLIED`. Amounts in the currency's main unit. */
export interface CouponAppliedEventData {
  coupon_id: string
  /** The Medusa promotion the coupon owns. */
  promotion_id: string | null
  /** The code as the plugin stores it (a fixed code upper-cased; an individual code without hyphens). */
  code: string
  /** The individual code's id; null for a fixed code. */
  code_id: string | null
  customer_id: string | null
  cart_id: string
  discount_amount: number
  currency_code: string
}

/** The payload of `COUPON_USED` and `COUPON_USE_RELEASED`. */
export interface CouponUseEventData {
  coupon_id: string
  promotion_id: string | null
  usage_id: string
  code: string
  code_id: string | null
  customer_id: string | null
  cart_id: string
  order_id: string | null
  discount_amount: number
  currency_code: string
}
