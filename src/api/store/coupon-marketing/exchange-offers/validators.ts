import type { z } from "@medusajs/framework/zod"
import { orderedListParams } from "../../../utils/list-params"

/** GET /store/coupon-marketing/exchange-offers: `?limit&offset&order` (cheapest first by default). */
export const StoreListExchangeOffers = orderedListParams(["points_cost", "face_value", "created_at"], "points_cost")
export type StoreListExchangeOffersType = z.infer<typeof StoreListExchangeOffers>
