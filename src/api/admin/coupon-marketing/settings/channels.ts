import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AdminMessageChannel } from "../../../../types/http"

/** The channels the plugin sends on, as the settings page names them. */
const CHANNELS: ReadonlyArray<Omit<AdminMessageChannel, "provider">> = [
  { channel: "email", label: "Email", without_provider: "emails are skipped" },
  { channel: "feed", label: "In-app", without_provider: "in-app messages are skipped" },
  { channel: "push", label: "Mobile push", without_provider: "push messages are skipped" },
]

type ProviderRow = { id: string; channels?: string[] | null }
type ProviderService = { getProviderForChannels(channels: string[]): Promise<Array<ProviderRow | undefined>> }

/**
 * Which Notification provider sends each channel, as the Notification Module itself picks it
 * when sending (its provider service's `getProviderForChannels`: the enabled providers of
 * medusa-config, one per channel), or null: the pipeline then skips that channel's messages.
 * The module's public interface has no provider list, so its own provider service is asked.
 */
export async function loadMessageChannels(container: MedusaContainer): Promise<AdminMessageChannel[]> {
  const notifications = container.resolve(Modules.NOTIFICATION) as unknown as { notificationProviderService_?: ProviderService }
  const providers = notifications.notificationProviderService_
  const found = providers ? await providers.getProviderForChannels(CHANNELS.map((c) => c.channel)) : []
  return CHANNELS.map((c) => ({
    ...c,
    provider: found.find((p) => p?.channels?.includes(c.channel))?.id ?? null,
  }))
}
