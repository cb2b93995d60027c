import type { z } from "@medusajs/framework/zod"
import { ListParams } from "../../../../utils/list-params"

/** GET /store/coupon-marketing/me/coupons: `?limit&offset` (soonest expiry first, always). */
export const StoreMyCoupons = ListParams
export type StoreMyCouponsType = z.infer<typeof StoreMyCoupons>
