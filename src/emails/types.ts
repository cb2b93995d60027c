/**
 * What the plugin's email templates take: one zod schema per template, so that data arriving
 * from a delivery row (JSON) is checked before it is rendered, with the field named.
 * Values are already in words (money with its currency, dates in the store's time zone):
 * the templates never format instants themselves.
 */
import { z } from "@medusajs/framework/zod"

/** An address a link may point to: http(s) or mailto only (never `javascript:`). */
export const EmailUrl = z
  .string()
  .trim()
  .url()
  .refine((u) => /^(https?:|mailto:)/i.test(u), { message: "must be an http(s) or mailto address" })

/** COUPON-36 `{{coupon}}`: the coupon in words (see describeBenefit / describeCondition / describeValidity). */
export const EmailCoupon = z.object({
  name: z.string().trim().min(1),
  /** The fixed code; null for an individual-code coupon (the recipient's code is shown). */
  code: z.string().trim().nullish(),
  benefit: z.string().trim().min(1),
  condition: z.string().trim().nullish(),
  validity: z.string().trim().nullish(),
})
export type EmailCouponType = z.infer<typeof EmailCoupon>

/** What every template shows: the store (header, footer) and the recipient. */
const EmailBase = z.object({
  store_name: z.string().trim().min(1),
  store_url: EmailUrl.nullish(),
  /** The recipient's first name, as the customer typed it (escaped when rendered). */
  first_name: z.string().trim().max(200).nullish(),
  /** PUSH-2: one-click unsubscribe (no login). Required on marketing email. */
  unsubscribe_url: EmailUrl.nullish(),
  /** Where the customer manages their coupon messages. */
  preferences_url: EmailUrl.nullish(),
})

/** PUSH-2 double opt-in: the verification link. */
export const EmailVerificationData = EmailBase.extend({
  verify_url: EmailUrl,
  /** When the link stops working, in words ("2026-12-03 15:30 (Asia/Tokyo)"). */
  expires_at: z.string().trim().nullish(),
})
export type EmailVerificationDataType = z.infer<typeof EmailVerificationData>

/** PUSH-5 one product of the "best items" block. */
export const EmailBestItem = z.object({
  title: z.string().trim().min(1),
  url: EmailUrl.nullish(),
  image_url: EmailUrl.nullish(),
  /** The price in words ("¥1,980"). */
  price: z.string().trim().nullish(),
})

/** PUSH-12 the coupon push email. */
export const CouponPushData = EmailBase.extend({
  unsubscribe_url: EmailUrl,
  coupon: EmailCoupon,
  /** COUPON-36 `{{indv_coupon_code}}`: the recipient's own code (individual-code coupons). */
  indv_coupon_code: z.string().trim().nullish(),
  /** PUSH-5: 4 to 16 products (automatic or hand-picked); none: no block. */
  best_items: z.array(EmailBestItem).max(16).nullish(),
  /** PUSH-6: an optional banner image and its link. */
  banner: z.object({ image_url: EmailUrl, link_url: EmailUrl.nullish(), alt: z.string().trim().nullish() }).nullish(),
})
export type CouponPushDataType = z.infer<typeof CouponPushData>

/** POINTS-8 the reminder before an exchanged coupon expires (the data the delivery pipeline queues). */
export const ExchangeReminderData = EmailBase.extend({
  /** The recipient's code, formatted ("K7QF-9X2M-HW4D"). */
  code: z.string().trim().min(1),
  /** The face value in words ("¥55"). */
  amount: z.string().trim().min(1),
  /** When the coupon expires, in words ("2026-12-11 23:59 (Asia/Tokyo)"). */
  expires_at: z.string().trim().min(1),
  /** The coupon in words, when known; otherwise the block is made of the amount and the date. */
  coupon: EmailCoupon.nullish(),
})
export type ExchangeReminderDataType = z.infer<typeof ExchangeReminderData>

/** GIFT-5: the sign-up gift's welcome email — the prizes in words, a coupon prize with the member's code. */
export const MembershipGiftData = EmailBase.extend({
  activity_name: z.string().trim().nullish(),
  prizes: z
    .array(z.object({ title: z.string().trim().min(1), description: z.string().trim().nullish(), code: z.string().trim().nullish() }))
    .min(1)
    .max(3),
})
export type MembershipGiftDataType = z.infer<typeof MembershipGiftData>

/** The merchant's texts for one message type (settings); tags of COUPON-36 allowed in both. */
export const EmailOverrides = z.object({
  subject: z.string().trim().max(200).nullish(),
  intro: z.string().trim().max(5000).nullish(),
})
export type EmailOverridesType = z.infer<typeof EmailOverrides>

/** A rendered email: what a Notification provider sends as `content`. */
export interface RenderedEmail {
  subject: string
  html: string
  text: string
}
