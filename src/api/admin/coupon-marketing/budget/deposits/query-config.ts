/** GET /admin/coupon-marketing/budget/deposits: a page of deposits (every column: the route shapes the answer). */
export const listAdminDepositsQueryConfig = {
  isList: true,
  defaultLimit: 20,
}
