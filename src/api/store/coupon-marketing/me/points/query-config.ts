/** GET /store/coupon-marketing/me/points: a page of the shopper's ledger (newest first, read in one statement). */
export const retrieveStoreMyPointsQueryConfig = {
  isList: true,
  defaultLimit: 20,
}
