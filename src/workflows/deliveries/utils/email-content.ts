import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { isEmailTemplate, renderEmail, resolveEmailTemplate, type EmailOverridesType, type RenderedEmail } from "../../../emails"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { DeliveryRow } from "../../../modules/coupon-marketing/types/deliveries"
import { formatZonedDateTime } from "../../../modules/coupon-marketing/domain/coupons"
import { MESSAGE_TEXT_FIELDS, MESSAGE_TYPES, type CouponSettingsValues, type MessageType } from "../../../types/settings"

/** What the store's name is when it has none (Medusa always creates one store: rarely used). */
const FALLBACK_STORE_NAME = "Our shop"

/** The store's name as its emails show it (Medusa's Store Module), read once per send run. */
export async function loadStoreName(container: MedusaContainer): Promise<string> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["name"], take: 1 })
  return store?.name?.trim() || FALLBACK_STORE_NAME
}

/** The merchant's subject and intro per message type ("" or null: the plugin's own text). */
export type MessageTexts = Record<MessageType, EmailOverridesType>

/** The merchant's message texts out of the settings (issue 11 item 4). */
export function messageTextsOf(settings: Pick<CouponSettingsValues, keyof CouponSettingsValues>): MessageTexts {
  const out = {} as MessageTexts
  for (const type of MESSAGE_TYPES) {
    const fields = MESSAGE_TEXT_FIELDS[type]
    out[type] = { subject: settings[fields.subject] || null, intro: settings[fields.intro] || null }
  }
  return out
}

/** What every email of one send run shares: the store's name and the merchant's message texts. */
export interface EmailContext {
  storeName: string
  texts: MessageTexts
  /** The store's time zone (plugin option): an instant in the data is shown in it. */
  timezone: string
}

/** Reads the store's name and the saved message texts (once per send run). */
export async function loadEmailContext(container: MedusaContainer): Promise<EmailContext> {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const [storeName, settings] = await Promise.all([loadStoreName(container), service.getStoreSettings()])
  return { storeName, texts: messageTextsOf(settings), timezone: service.getOptions().timezone }
}

/** Whether the delivery is an email the plugin renders itself (one of its templates on `email`). */
export function isRenderedEmail(delivery: Pick<DeliveryRow, "channel" | "template">): boolean {
  return delivery.channel === "email" && isEmailTemplate(delivery.template)
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/**
 * What the templates show of the data: an instant queued as ISO text (the verification's
 * `expires_at`) in words, in the store's time zone ("2026-12-04 01:18 (Asia/Tokyo)"). The
 * notification's own `data` keeps the ISO value for providers with templates of their own.
 */
function inWords(data: Record<string, unknown>, timezone: string | undefined): Record<string, unknown> {
  if (!timezone) return data
  const out: Record<string, unknown> = { ...data }
  for (const key of ["expires_at"]) {
    const value = out[key]
    if (typeof value === "string" && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) {
      out[key] = `${formatZonedDateTime(new Date(value), timezone)} (${timezone})`
    }
  }
  return out
}

/**
 * The delivery's email rendered with React Email (subject, HTML, text), for the Notification
 * Module's `content`: the delivery's data with the store's name (the data wins: a push may name
 * the store itself), and the merchant's subject and intro for its message type (`texts`, from
 * the settings; `overrides` wins when given); an ISO instant in words in `timezone`. Throws, naming the field, when the data does not
 * fit the template (the attempt then fails like a refused send).
 */
export async function renderDeliveryEmail(
  delivery: Pick<DeliveryRow, "template" | "data">,
  context: EmailRenderContext
): Promise<{ data: Record<string, unknown>; content: RenderedEmail }> {
  const input = emailRenderInput(delivery, context)
  return { data: input.data, content: await renderEmail(delivery.template, input.display, input.overrides) }
}

/** What renderDeliveryEmail needs besides the delivery. */
export type EmailRenderContext = { storeName: string; texts?: MessageTexts | null; overrides?: EmailOverridesType | null; timezone?: string }

/**
 * The parts of one delivery's render: `data` as the notification keeps it (with the store's
 * name), `display` as the template is given it (instants in words, no headers), and the merchant's texts.
 */
export function emailRenderInput(delivery: Pick<DeliveryRow, "template" | "data">, context: EmailRenderContext) {
  const data = { store_name: context.storeName, ...(delivery.data ?? {}) }
  const type = resolveEmailTemplate(delivery.template)
  const overrides = context.overrides ?? (type && context.texts ? (context.texts as Partial<Record<string, EmailOverridesType>>)[type] : null) ?? null
  // `headers` (List-Unsubscribe) are the provider's, not the body's: no template reads them.
  const { headers: _headers, ...body } = data as Record<string, unknown>
  return { data, display: inWords(body, context.timezone), overrides }
}
