/** The plugin coupon an order used (the order page's widget). */
export interface AdminOrderCouponUse<TDate = string> {
  id: string
  coupon_id: string
  /** Null when the coupon was purged (COUPON-19). */
  coupon_name: string | null
  code: string
  eligible_total: number
  discount_total: number
  currency_code: string
  /** Set once the order was cancelled and the use given back (COUPON-21). */
  released_at: TDate | null
  created_at: TDate
}

/** What Medusa's order summary shows beside the widget (its "Discount" is `discount_total`). */
export interface AdminOrderDiscount {
  discount_total: number
  discount_subtotal: number
  discount_tax_total: number
  /** Whether the order's prices include tax. */
  tax_inclusive: boolean
  /** The other promotions' adjustments, in the prices' basis. */
  other_promotions_total: number
  other_promotion_codes: string[]
}

/** GET /admin/coupon-marketing/orders/:id/coupon */
export interface AdminOrderCouponUseResponse<TDate = string> {
  coupon_use: AdminOrderCouponUse<TDate> | null
  /** Absent when the order used no plugin coupon; null when the order is unknown. */
  order_discount?: AdminOrderDiscount | null
}

/** GET /admin/coupon-marketing/orders/export.csv (CSV, UTF-8 with BOM): an optional window of order dates. */
export interface AdminOrderExportParams {
  created_at_gte?: string
  created_at_lt?: string
}
