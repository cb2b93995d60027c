import { z } from "@medusajs/framework/zod"

/** POST /store/coupon-marketing/me/points/exchanges. */
export const StoreCreateExchange = z.object({ offer_id: z.string().min(1) }).strict()
export type StoreCreateExchangeType = z.infer<typeof StoreCreateExchange>
