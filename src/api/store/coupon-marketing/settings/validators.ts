import type { z } from "@medusajs/framework/zod"
import { NoParams } from "../../../utils/list-params"

/** GET /store/coupon-marketing/settings: no parameters. */
export const StoreGetCouponSettings = NoParams
export type StoreGetCouponSettingsType = z.infer<typeof StoreGetCouponSettings>
