import { z } from "@medusajs/framework/zod"
import { ListParams } from "../../../../utils/list-params"

/** GET /store/coupon-marketing/me/messages?limit&offset */
export const StoreListMessages = ListParams
export type StoreListMessagesType = z.infer<typeof StoreListMessages>

/** POST /store/coupon-marketing/me/messages/read `{ ids? }`: the given messages, or all. */
export const StoreReadMessages = z.object({ ids: z.array(z.string().min(1).max(100)).max(100).optional() }).strict()
export type StoreReadMessagesType = z.infer<typeof StoreReadMessages>
