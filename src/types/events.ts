/** Every event the plugin emits, in one place. */
export const CouponMarketingEvents = {
  SETTINGS_UPDATED: "coupon_marketing.settings_updated",
  COUPON_CREATED: "coupon_marketing.coupon_created",
  COUPON_UPDATED: "coupon_marketing.coupon_updated",
  COUPON_DELETED: "coupon_marketing.coupon_deleted",
  CODES_ISSUED: "coupon_marketing.codes_issued",
  COUPON_APPLIED: "coupon_marketing.coupon_applied",
  COUPON_USED: "coupon_marketing.coupon_used",
  COUPON_USE_RELEASED: "coupon_marketing.coupon_use_released",
} as const
export type CouponMarketingEvent = (typeof CouponMarketingEvents)[keyof typeof CouponMarketingEvents]
