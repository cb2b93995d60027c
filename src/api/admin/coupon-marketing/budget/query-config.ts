/** GET /admin/coupon-marketing/budget: one row per currency, all of them (no paging). */
export const retrieveAdminBudgetQueryConfig = {}
