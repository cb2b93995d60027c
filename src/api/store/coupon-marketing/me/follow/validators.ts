import { z } from "@medusajs/framework/zod"

/** POST /store/coupon-marketing/me/follow: no fields (an empty body or none). */
export const StoreFollowStore = z.object({}).strict()
export type StoreFollowStoreType = z.infer<typeof StoreFollowStore>

/** GET and DELETE /store/coupon-marketing/me/follow: no query. */
export const StoreGetFollow = z.object({}).strict()
export type StoreGetFollowType = z.infer<typeof StoreGetFollow>
