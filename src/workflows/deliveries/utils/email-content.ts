import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { isEmailTemplate, renderEmail, type RenderedEmail } from "../../../emails"
import type { DeliveryRow } from "../../../modules/coupon-marketing/types/deliveries"

/** What the store's name is when it has none (Medusa always creates one store: rarely used). */
const FALLBACK_STORE_NAME = "Our shop"

/** The store's name as its emails show it (Medusa's Store Module), read once per send run. */
export async function loadStoreName(container: MedusaContainer): Promise<string> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["name"], take: 1 })
  return store?.name?.trim() || FALLBACK_STORE_NAME
}

/** Whether the delivery is an email the plugin renders itself (one of its templates on `email`). */
export function isRenderedEmail(delivery: Pick<DeliveryRow, "channel" | "template">): boolean {
  return delivery.channel === "email" && isEmailTemplate(delivery.template)
}

/**
 * The delivery's email rendered with React Email (subject, HTML, text), for the Notification
 * Module's `content`: the delivery's data with the store's name (the data wins: a push may name
 * the store itself). Throws, naming the field, when the data does not fit the template (the
 * attempt then fails like a refused send).
 */
export async function renderDeliveryEmail(
  delivery: Pick<DeliveryRow, "template" | "data">,
  context: { storeName: string; overrides?: { subject?: string | null; intro?: string | null } | null }
): Promise<{ data: Record<string, unknown>; content: RenderedEmail }> {
  const data = { store_name: context.storeName, ...(delivery.data ?? {}) }
  const content = await renderEmail(delivery.template, data, context.overrides ?? null)
  return { data, content }
}
