/** GET /admin/coupon-marketing/settings: the one settings record. */
export const retrieveAdminSettingsQueryConfig = {}
