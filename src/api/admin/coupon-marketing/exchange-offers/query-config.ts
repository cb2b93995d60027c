/** GET /admin/coupon-marketing/exchange-offers: a page of offers, every column (the admin list shows them all). */
export const listAdminExchangeOffersQueryConfig = {
  isList: true,
  defaultLimit: 20,
}
