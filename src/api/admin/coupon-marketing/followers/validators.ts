import { z } from "@medusajs/framework/zod"
import { CALENDAR_DATE } from "../../../../modules/coupon-marketing/domain/followers"

/** A real calendar day `YYYY-MM-DD` (2026-02-30 is refused). */
const isCalendarDay = (v: string) => {
  const m = CALENDAR_DATE.exec(v)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3])
}
// Medusa's error text leaves out the path of a refinement: the message names the field itself.
const day = (field: string) => z.string().refine(isCalendarDay, { message: `${field} must be a date like 2026-12-31` })

const filters = {
  /** Name or email (the Customer Module's search). */
  q: z.string().trim().min(1).max(200).optional(),
  /** Followed on or after this day, in the store's time zone. */
  followed_from: day("followed_from").optional(),
  /** Followed on or before this day, in the store's time zone. */
  followed_to: day("followed_to").optional(),
  /** Consenting to coupon messages on this channel, or `none` (opted out of every channel). */
  consent: z.enum(["email", "feed", "push", "none"]).optional(),
}

const ordered = (v: { followed_from?: string; followed_to?: string }) => !v.followed_from || !v.followed_to || v.followed_from <= v.followed_to
const orderedMessage = { message: "followed_to must be on or after followed_from", path: ["followed_to"] }

/** GET /admin/coupon-marketing/followers?q&followed_from&followed_to&consent&limit&offset */
export const AdminListFollowers = z
  .object({
    ...filters,
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
  .refine(ordered, orderedMessage)
export type AdminListFollowersType = z.infer<typeof AdminListFollowers>

/** GET /admin/coupon-marketing/followers/export.csv — the same filters, every row. */
export const AdminExportFollowers = z.object(filters).strict().refine(ordered, orderedMessage)
export type AdminExportFollowersType = z.infer<typeof AdminExportFollowers>
