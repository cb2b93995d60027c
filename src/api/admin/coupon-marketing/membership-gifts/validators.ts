import { z } from "@medusajs/framework/zod"
import { ListParams } from "../../../utils/list-params"
import { GIFT_LIMITS } from "../../../../types/http/gifts"

const id = (field: string) => z.string().trim().min(1, { message: `${field}: must not be empty` }).max(100, { message: `${field}: is too long` })
const when = (field: string) => z.coerce.date({ message: `${field}: must be a date and time, such as 2026-12-03T00:00:00+09:00` })

const Prize = z.discriminatedUnion("type", [
  // The amounts' ranges are the package rules' (GIFT-2), which name the prize: `prizes.0.amount: …`.
  z.object({ type: z.literal("points"), amount: z.number({ message: "prizes.amount: a whole number of points" }) }).strict(),
  z.object({ type: z.literal("coupon"), coupon_id: id("prizes.coupon_id") }).strict(),
  z.object({ type: z.literal("free_shipping"), coupon_id: id("prizes.coupon_id") }).strict(),
  z.object({
    type: z.literal("store_credit"),
    amount: z.number({ message: "prizes.amount: an amount of money" }),
    currency_code: z.string().trim().regex(/^[a-zA-Z]{3}$/, { message: "prizes.currency_code: a 3-letter currency code such as usd" }),
  }).strict(),
], { message: "prizes.type: each prize is points, coupon, free_shipping or store_credit, with its fields" })

const fields = {
  name: z.string({ message: "name: give the activity a name" }).max(200, { message: `name: at most ${GIFT_LIMITS.NAME_MAX} characters` }),
  starts_at: when("starts_at"),
  ends_at: when("ends_at"),
  draft: z.boolean({ message: "draft: true or false" }).optional(),
  prizes: z.array(Prize, { message: "prizes: a list of 1 to 3 prizes" }).max(10, { message: `prizes: a gift package holds 1 to ${GIFT_LIMITS.PRIZES_MAX} prizes` }),
}

/** POST /admin/coupon-marketing/membership-gifts (the business rules are the module's: GIFT-1…GIFT-3). */
export const AdminCreateMembershipGift = z.object(fields).strict()
export type AdminCreateMembershipGiftType = z.infer<typeof AdminCreateMembershipGift>

/** POST /admin/coupon-marketing/membership-gifts/:id — the whole activity again (what the form sends). */
export const AdminUpdateMembershipGift = z.object(fields).strict()
export type AdminUpdateMembershipGiftType = z.infer<typeof AdminUpdateMembershipGift>

/** GET /admin/coupon-marketing/membership-gifts?limit&offset */
export const AdminListMembershipGifts = ListParams
export type AdminListMembershipGiftsType = z.infer<typeof AdminListMembershipGifts>

/** POST /admin/coupon-marketing/membership-gifts/:id/close — `confirm: true` is the merchant's confirmation. */
export const AdminCloseMembershipGift = z.object({ confirm: z.literal(true, { message: "confirm: closing stops the gift at once; send confirm: true" }) }).strict()
