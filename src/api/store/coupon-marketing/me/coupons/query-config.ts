/** GET /store/coupon-marketing/me/coupons: a page of the coupons the customer can use now. */
export const listStoreMyCouponsQueryConfig = {
  isList: true,
  defaultLimit: 20,
}
