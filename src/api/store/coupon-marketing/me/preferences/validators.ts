import { z } from "@medusajs/framework/zod"

/** POST /store/coupon-marketing/me/preferences: coupon messages on or off, per channel (at least one). */
export const StoreUpdatePreferences = z
  .object({
    email: z.boolean().optional(),
    feed: z.boolean().optional(),
    push: z.boolean().optional(),
  })
  .strict()
  .refine((v) => v.email !== undefined || v.feed !== undefined || v.push !== undefined, {
    message: "give at least one of email, feed, push",
    path: ["email"],
  })
export type StoreUpdatePreferencesType = z.infer<typeof StoreUpdatePreferences>

export const StoreGetPreferences = z.object({}).strict()
