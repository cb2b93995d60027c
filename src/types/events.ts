/** Every event the plugin emits, in one place. */
export const CouponMarketingEvents = {
  SETTINGS_UPDATED: "coupon_marketing.settings_updated",
} as const
export type CouponMarketingEvent = (typeof CouponMarketingEvents)[keyof typeof CouponMarketingEvents]
