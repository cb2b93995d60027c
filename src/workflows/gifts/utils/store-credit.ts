import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LOYALTY_PLUGIN } from "../../../types/http/gifts"
import { STORE_CREDIT_UNAVAILABLE } from "../../../modules/coupon-marketing/domain/gifts"
import { STORE_CREDIT_MODULE } from "../steps/grant-gift-store-credit"

/**
 * GIFT-2: store credit is offered only where the store runs Medusa's loyalty plugin: it must be
 * in the app's `plugins` (medusa-config) and its store credit module loaded — an installed
 * package that is not configured adds no store credit to the store.
 */
export function storeCreditAvailability(container: MedusaContainer): { available: boolean; reason: string | null } {
  let plugins: unknown[] = []
  try {
    const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE) as { plugins?: unknown[] }
    plugins = config.plugins ?? []
  } catch {
    plugins = []
  }
  const configured = plugins.some((p) => (typeof p === "string" ? p : (p as { resolve?: string })?.resolve) === LOYALTY_PLUGIN)
  const available = configured && container.hasRegistration(STORE_CREDIT_MODULE)
  return { available, reason: available ? null : STORE_CREDIT_UNAVAILABLE }
}
