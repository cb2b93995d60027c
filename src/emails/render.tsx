import { render } from "@react-email/render"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import type { ReactElement } from "react"
import { formatIndividualCode, renderMessageTags, type MessageTagValues } from "../modules/coupon-marketing/domain/coupons"
import { COUPON_PUSH_INTRO, COUPON_PUSH_SUBJECT, CouponPushEmail } from "./templates/coupon-push"
import { EMAIL_VERIFICATION_INTRO, EMAIL_VERIFICATION_SUBJECT, EmailVerificationEmail } from "./templates/email-verification"
import { EXCHANGE_REMINDER_INTRO, EXCHANGE_REMINDER_SUBJECT, ExchangeReminderEmail } from "./templates/exchange-reminder"
import { MEMBERSHIP_GIFT_INTRO, MEMBERSHIP_GIFT_SUBJECT, MembershipGiftEmail } from "./templates/membership-gift"
import {
  CouponPushData,
  EmailOverrides,
  EmailVerificationData,
  ExchangeReminderData,
  MembershipGiftData,
  type EmailCouponType,
  type EmailOverridesType,
  type RenderedEmail,
} from "./types"

/** The plugin's email templates (the names deliveries carry, with or without the `coupon-marketing-` prefix). */
export const EMAIL_TEMPLATES = ["email-verification", "coupon-push", "exchange-reminder", "membership-gift"] as const
export type EmailTemplate = (typeof EMAIL_TEMPLATES)[number]

/** The data each template takes. */
export interface EmailTemplateData {
  "email-verification": z.input<typeof EmailVerificationData>
  "coupon-push": z.input<typeof CouponPushData>
  "exchange-reminder": z.input<typeof ExchangeReminderData>
  "membership-gift": z.input<typeof MembershipGiftData>
}

/** The template `name` stands for ("exchange-reminder", "coupon-marketing-exchange-reminder"), or null. */
export function resolveEmailTemplate(name: string | null | undefined): EmailTemplate | null {
  const bare = (name ?? "").trim().replace(/^coupon-marketing-/, "")
  return (EMAIL_TEMPLATES as readonly string[]).includes(bare) ? (bare as EmailTemplate) : null
}

/** Whether renderEmail knows the template `name`. */
export function isEmailTemplate(name: string | null | undefined): boolean {
  return resolveEmailTemplate(name) !== null
}

/** The texts a merchant may override per message type, as the plugin writes them by default. */
export const EMAIL_DEFAULT_TEXTS: Record<EmailTemplate, { subject: string; intro: string }> = {
  "email-verification": { subject: EMAIL_VERIFICATION_SUBJECT, intro: EMAIL_VERIFICATION_INTRO },
  "coupon-push": { subject: COUPON_PUSH_SUBJECT, intro: COUPON_PUSH_INTRO },
  "exchange-reminder": { subject: EXCHANGE_REMINDER_SUBJECT, intro: EXCHANGE_REMINDER_INTRO },
  "membership-gift": { subject: MEMBERSHIP_GIFT_SUBJECT, intro: MEMBERSHIP_GIFT_INTRO },
}

type TagValues = { store_name: string; first_name?: string | null; coupon?: EmailCouponType | null; indv_coupon_code?: string | null }

const TAG = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g

/**
 * Expands the tags of a merchant's (or the default) text, in one pass, as plain text: COUPON-36
 * `{{coupon}}` and `{{indv_coupon_code}}`, and `{{store_name}}`, `{{first_name}}`. Unknown tags
 * stay as they are; inserted values are never expanded again. HTML escaping is React's, later.
 */
export function expandEmailText(text: string, values: TagValues): string {
  const tagValues: MessageTagValues = {
    coupon: values.coupon
      ? { name: values.coupon.name, code: values.coupon.code ?? null, benefit: values.coupon.benefit, condition: values.coupon.condition ?? "None", validity: values.coupon.validity ?? "" }
      : null,
    individualCode: values.indv_coupon_code ?? null,
  }
  return text.replace(TAG, (match: string, name: string) => {
    switch (name) {
      case "store_name":
        return values.store_name
      case "first_name":
        return values.first_name ?? ""
      default:
        return renderMessageTags(match, tagValues, "text")
    }
  })
}

function parse<T extends z.ZodTypeAny>(template: string, schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value ?? {})
  if (result.success) return result.data
  const issues = result.error.issues
    .map((i) => `${i.path.join(".") || "data"}: ${/received undefined$/.test(i.message) ? "is required" : i.message}`)
    .join("; ")
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `Email "${template}" cannot be rendered: ${issues}`)
}

/**
 * Plain text from the rendered HTML: headings as written (not upper-cased), links as "text URL",
 * lines not hard-wrapped (mail clients wrap; and a longer name then moves nothing else, which the
 * pipeline's shared renders rely on: workflows/deliveries/utils/email-batch.ts).
 */
const TEXT_OPTIONS = {
  htmlToTextOptions: {
    wordwrap: false,
    selectors: ["h1", "h2", "h3"].map((selector) => ({ selector, options: { uppercase: false } })),
  },
} as const

/**
 * Renders one of the plugin's emails: subject, HTML and plain text (React Email).
 * - `template`: "email-verification", "coupon-push", "exchange-reminder" or "membership-gift" (a `coupon-marketing-`
 *   prefix is accepted: the name the delivery pipeline stores).
 * - `data`: that template's data (checked; a missing or bad field is refused, named).
 *   `coupon-push` needs `unsubscribe_url` (PUSH-2: every marketing email carries it).
 * - `overrides`: the merchant's subject and intro for this message type (tags allowed); empty
 *   values fall back to the plugin's texts.
 */
export async function renderEmail<T extends EmailTemplate>(
  template: T | string,
  data: EmailTemplateData[T] | Record<string, unknown>,
  overrides?: EmailOverridesType | null
): Promise<RenderedEmail> {
  const name = resolveEmailTemplate(template)
  if (!name) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown email template "${template}": use one of ${EMAIL_TEMPLATES.join(", ")}`)
  }
  const texts = parse(name, EmailOverrides, overrides ?? {})
  const defaults = EMAIL_DEFAULT_TEXTS[name]
  const pick = (own: string | null | undefined, fallback: string) => (own && own.trim() ? own : fallback)

  let element: ReactElement
  let tags: TagValues
  switch (name) {
    case "email-verification": {
      const d = parse(name, EmailVerificationData, data)
      tags = d
      element = <EmailVerificationEmail data={d} intro={expandEmailText(pick(texts.intro, defaults.intro), tags)} />
      break
    }
    case "coupon-push": {
      const d = parse(name, CouponPushData, data)
      const code = d.indv_coupon_code ? formatIndividualCode(d.indv_coupon_code) : null
      tags = { ...d, indv_coupon_code: code }
      element = <CouponPushEmail data={d} code={code} intro={expandEmailText(pick(texts.intro, defaults.intro), tags)} />
      break
    }
    case "exchange-reminder": {
      const d = parse(name, ExchangeReminderData, data)
      tags = { ...d, indv_coupon_code: d.code }
      element = <ExchangeReminderEmail data={d} intro={expandEmailText(pick(texts.intro, defaults.intro), tags)} />
      break
    }
    case "membership-gift": {
      const d = parse(name, MembershipGiftData, data)
      tags = d
      element = <MembershipGiftEmail data={d} intro={expandEmailText(pick(texts.intro, defaults.intro), tags)} />
      break
    }
  }
  const subject = expandEmailText(pick(texts.subject, defaults.subject), tags).replace(/\s+/g, " ").trim()
  const html = await render(element)
  const text = await render(element, { plainText: true, ...TEXT_OPTIONS })
  return { subject, html, text }
}
