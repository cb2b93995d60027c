/** GET /admin/coupon-marketing/orders/export.csv: every order of the window, streamed page by page (no client paging). */
export const exportAdminOrdersQueryConfig = {}
