/** GET /admin/coupon-marketing/coupons: a page of coupons, every column (status and usage are derived from them). */
export const listAdminCouponsQueryConfig = {
  isList: true,
  defaultLimit: 20,
}
