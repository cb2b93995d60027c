import { ListParams } from "../../../../utils/list-params"

/** GET /store/coupon-marketing/me/coupons: `?limit&offset`. */
export const StoreMyCoupons = ListParams
export type { ListParamsType as StoreMyCouponsType } from "../../../../utils/list-params"
