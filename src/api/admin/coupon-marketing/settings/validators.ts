import { z } from "@medusajs/framework/zod"
import {
  CODE_FORM_POSITIONS,
  GUIDE_TEXT_MAX_LENGTH,
  MESSAGE_INTRO_MAX_LENGTH,
  MESSAGE_SUBJECT_MAX_LENGTH,
  MESSAGE_TYPES,
  POINTS_BASES,
} from "../../../../types/settings"
import { NoParams } from "../../../utils/list-params"

/** GET /admin/coupon-marketing/settings: no parameters. */
export const AdminGetCouponSettings = NoParams

/**
 * A message subject: one line (a line break could forge mail headers), "" = the plugin's own.
 * `field` is named in the refusal (Medusa's message for a refine is its text alone).
 */
const messageSubject = (field: string) =>
  z
    .string()
    .max(MESSAGE_SUBJECT_MAX_LENGTH, { message: `must be at most ${MESSAGE_SUBJECT_MAX_LENGTH} characters` })
    .refine((s) => !/[\r\n]/.test(s), { message: `Field '${field}': a subject is one line, without line breaks` })
/** A message intro: plain text, "" = the plugin's own. */
const MessageIntro = z
  .string()
  .max(MESSAGE_INTRO_MAX_LENGTH, { message: `must be at most ${MESSAGE_INTRO_MAX_LENGTH} characters` })

/**
 * POST /admin/coupon-marketing/settings: any subset of the settings; unknown fields are refused.
 * Text with a NUL character is refused for the whole /admin/coupon-marketing tree (middlewares.ts).
 */
export const AdminUpdateCouponSettings = z
  .object({
    show_code_form: z.boolean(),
    code_form_position: z.enum(CODE_FORM_POSITIONS),
    guide_text: z
      .string()
      .max(GUIDE_TEXT_MAX_LENGTH, { message: `must be at most ${GUIDE_TEXT_MAX_LENGTH} characters` }),
    show_my_coupons: z.boolean(),
    points_basis: z.enum(POINTS_BASES),
    email_verification_subject: messageSubject("email_verification_subject"),
    email_verification_intro: MessageIntro,
    coupon_push_subject: messageSubject("coupon_push_subject"),
    coupon_push_intro: MessageIntro,
    exchange_reminder_subject: messageSubject("exchange_reminder_subject"),
    exchange_reminder_intro: MessageIntro,
  })
  .partial()
  .strict()

export type AdminUpdateCouponSettingsType = z.infer<typeof AdminUpdateCouponSettings>

/**
 * POST /admin/coupon-marketing/settings/message-preview: the email of `type` rendered for a
 * sample recipient with the given texts (not saved); a text left out is the saved one, an empty
 * one the plugin's own.
 */
export const AdminPreviewMessage = z
  .object({
    type: z.enum(MESSAGE_TYPES),
    subject: messageSubject("subject").optional(),
    intro: MessageIntro.optional(),
  })
  .strict()

export type AdminPreviewMessageType = z.infer<typeof AdminPreviewMessage>
