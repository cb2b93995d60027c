/** GET /store/coupon-marketing/exchange-offers: the offers a shopper can see now, a page of them. */
export const listStoreExchangeOffersQueryConfig = {
  isList: true,
  defaultLimit: 20,
}
