import { z } from "@medusajs/framework/zod"
import { ListParams } from "../../../utils/list-params"
import { CALENDAR_DATE } from "../../../../modules/coupon-marketing/domain/followers"

const isCalendarDay = (v: string) => {
  const m = CALENDAR_DATE.exec(v)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3])
}
const day = (field: string) => z.string().refine(isCalendarDay, { message: `${field}: must be a date like 2026-12-31` })
const id = (field: string) => z.string().trim().min(1, { message: `${field}: must not be empty` }).max(100, { message: `${field}: is too long` })
const httpUrl = (field: string) =>
  z.string().trim().max(2000).url({ message: `${field}: must be a web address (https://…)` }).refine((u) => /^https?:\/\//i.test(u), { message: `${field}: must be a web address (https://…)` })

export const PushType = z.enum(["advertising", "compensation", "direct"])
export const PushChannel = z.enum(["email", "feed", "push"])

export const PushAudienceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("followers"), followed_from: day("audience.followed_from").optional(), followed_to: day("audience.followed_to").optional() }).strict(),
  z.object({ kind: z.literal("orders"), order_ids: z.array(id("audience.order_ids")).min(1, { message: "audience.order_ids: choose at least one order" }).max(10_000) }).strict(),
  z
    .object({
      kind: z.literal("customers"),
      customer_ids: z.array(id("audience.customer_ids")).max(10_000).optional(),
      customer_group_id: id("audience.customer_group_id").optional(),
    })
    .strict(),
], { message: "audience: kind must be followers, orders or customers, with their fields" })

const KIND_OF_TYPE = { advertising: "followers", compensation: "orders", direct: "customers" } as const
type AudienceValue = z.infer<typeof PushAudienceSchema>
/** The audience's own rules and its fit with the push type (Medusa's text leaves out a refinement's path: messages name the field). */
function checkAudience(v: { type: keyof typeof KIND_OF_TYPE; audience: AudienceValue }, ctx: z.RefinementCtx) {
  const a = v.audience
  if (a.kind !== KIND_OF_TYPE[v.type]) {
    ctx.addIssue({
      code: "custom",
      path: ["audience"],
      message: "audience: an advertising push goes to followers, a compensation push to the customers of orders, a direct push to chosen customers or a group",
    })
  }
  if (a.kind === "followers" && a.followed_from && a.followed_to && a.followed_from > a.followed_to) {
    ctx.addIssue({ code: "custom", path: ["audience", "followed_to"], message: "audience.followed_to: must be on or after followed_from" })
  }
  if (a.kind === "customers" && !a.customer_ids?.length && !a.customer_group_id) {
    ctx.addIssue({ code: "custom", path: ["audience"], message: "audience: choose customers or a customer group" })
  }
}

export const PushBestItemsSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("auto"), count: z.number().int().min(4, { message: "best_items.count: from 4 to 16" }).max(16, { message: "best_items.count: from 4 to 16" }) }).strict(),
  z.object({ mode: z.literal("manual"), product_ids: z.array(id("best_items.product_ids")).max(16, { message: "best_items.product_ids: at most 16 products" }) }).strict(),
], { message: "best_items: mode must be auto (with a count from 4 to 16) or manual (with up to 16 product_ids)" })

const bodyFields = {
  type: PushType,
  coupon_id: id("coupon_id"),
  audience: PushAudienceSchema,
  best_items: PushBestItemsSchema,
  banner: z.object({ url: httpUrl("banner.url"), link_url: httpUrl("banner.link_url").nullish() }).strict().nullish(),
  channels: z
    .array(PushChannel)
    .min(1, { message: "channels: choose at least one channel" })
    .refine((c) => new Set(c).size === c.length, { message: "channels: a channel is named twice" })
    .optional(),
}

const sendAt = z.coerce.date({ message: "send_at: must be a date and time, such as 2026-12-03T10:30:00+09:00" })

/** POST /admin/coupon-marketing/pushes */
export const AdminCreatePush = z.object({ ...bodyFields, send_at: sendAt }).strict().superRefine(checkAudience)
export type AdminCreatePushType = z.infer<typeof AdminCreatePush>

/** POST /admin/coupon-marketing/pushes/preview — the create body, send_at optional. */
export const AdminPreviewPush = z.object({ ...bodyFields, send_at: sendAt.optional() }).strict().superRefine(checkAudience)
export type AdminPreviewPushType = z.infer<typeof AdminPreviewPush>

/** POST /admin/coupon-marketing/pushes/audience */
export const AdminPushAudience = z
  .object({ type: PushType, audience: PushAudienceSchema, channels: bodyFields.channels, coupon_id: id("coupon_id").optional() })
  .strict()
  .superRefine(checkAudience)
export type AdminPushAudienceType = z.infer<typeof AdminPushAudience>

/** GET /admin/coupon-marketing/pushes?type&status&customer_id&limit&offset */
export const AdminListPushes = ListParams.extend({
  type: PushType.optional(),
  status: z.enum(["scheduled", "sending", "sent", "cancelled", "failed"]).optional(),
  customer_id: id("customer_id").optional(),
}).strict()
export type AdminListPushesType = z.infer<typeof AdminListPushes>

/** GET /admin/coupon-marketing/pushes/slots?type — `type` (default advertising) decides whether the weekly quota applies. */
export const AdminPushSlots = z.object({ type: PushType.optional() }).strict()
export type AdminPushSlotsType = z.infer<typeof AdminPushSlots>

/** POST /admin/coupon-marketing/pushes/compensation-orders (JSON): pasted order numbers, one a line. */
export const AdminCompensationOrdersText = z.object({ text: z.string().max(500_000, { message: "text: at most 500,000 characters" }) }).strict()
export type AdminCompensationOrdersTextType = z.infer<typeof AdminCompensationOrdersText>
