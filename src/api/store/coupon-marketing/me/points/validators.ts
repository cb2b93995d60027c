import { z } from "@medusajs/framework/zod"
import { ListParams } from "../../../../utils/list-params"

/** GET /store/coupon-marketing/me/points: `?limit&offset` of the ledger (always newest first). */
export const StoreGetMyPoints = ListParams
export type StoreGetMyPointsType = z.infer<typeof StoreGetMyPoints>

/** POST /store/coupon-marketing/me/points/exchanges. */
export const StoreCreateExchange = z.object({ offer_id: z.string().min(1).max(100) }).strict()
export type StoreCreateExchangeType = z.infer<typeof StoreCreateExchange>
