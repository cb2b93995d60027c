/** GET /store/coupon-marketing/settings: the storefront's view of the one settings record. */
export const retrieveStoreSettingsQueryConfig = {}
