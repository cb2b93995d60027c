/** GET /admin/coupon-marketing/points/:customer_id: a page of the ledger (newest first, read in one statement). */
export const retrieveAdminPointsQueryConfig = {
  isList: true,
  defaultLimit: 20,
}
