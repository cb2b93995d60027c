/**
 * The store itself: its sales channel and publishable key (the storefront's), and its
 * settings (currencies JPY and EUR, default sales channel, region and location).
 */
import type { RegionDTO, SalesChannelDTO, StockLocationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type { SeedContext } from "./context"
import { PUBLISHABLE_KEY_TITLE, SALES_CHANNEL_NAME } from "./demo-data"

const STORE_NAME = "Coupon Demo Store"

export async function ensureSalesChannel(ctx: SeedContext): Promise<SalesChannelDTO> {
  const service = ctx.container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await service.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (existing) {
    ctx.progress.alreadyPresent("sales channel")
    return existing
  }
  const { result } = await createSalesChannelsWorkflow(ctx.container).run({
    input: {
      salesChannelsData: [
        { name: SALES_CHANNEL_NAME, description: "Storefront of the coupon marketing demo" },
      ],
    },
  })
  ctx.progress.created("sales channel", `"${SALES_CHANNEL_NAME}"`)
  return result[0]
}

/** Returns the key's token (`pk_…`). */
export async function ensurePublishableKey(ctx: SeedContext, salesChannel: SalesChannelDTO): Promise<string> {
  const apiKeys = ctx.container.resolve(Modules.API_KEY)
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)

  const keys = await apiKeys.listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  let key = keys.find((k) => !k.revoked_at)
  let createdKey = false
  if (!key) {
    const { result } = await createApiKeysWorkflow(ctx.container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    key = result[0]
    createdKey = true
  }

  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { id: key.id },
  })
  const linked = (data[0] as { sales_channels?: { id: string }[] } | undefined)?.sales_channels ?? []
  const needsLink = !linked.some((sc) => sc.id === salesChannel.id)
  if (needsLink) {
    await linkSalesChannelsToApiKeyWorkflow(ctx.container).run({
      input: { id: key.id, add: [salesChannel.id] },
    })
  }

  if (createdKey || needsLink) {
    const what = createdKey ? `"${PUBLISHABLE_KEY_TITLE}"` : `link of "${PUBLISHABLE_KEY_TITLE}"`
    ctx.progress.created("publishable key", `${what} to "${SALES_CHANNEL_NAME}"`)
  } else {
    ctx.progress.alreadyPresent("publishable key")
  }
  return key.token
}


/** JPY default + EUR (other currencies are kept), default sales channel, region and location. */
export async function ensureStoreSettings(
  ctx: SeedContext,
  salesChannel: SalesChannelDTO,
  defaultRegion: RegionDTO,
  location: StockLocationDTO
): Promise<void> {
  const storeService = ctx.container.resolve(Modules.STORE)
  const [store] = await storeService.listStores({}, { relations: ["supported_currencies"] })
  if (!store) {
    throw new Error("No store: Medusa creates it on start-up, so this should not happen")
  }

  const currencies = store.supported_currencies ?? []
  const codes = currencies.map((c) => c.currency_code)
  const defaultCode = currencies.find((c) => c.is_default)?.currency_code
  const upToDate =
    store.name !== "Medusa Store" &&
    defaultCode === "jpy" &&
    codes.includes("eur") &&
    store.default_sales_channel_id === salesChannel.id &&
    store.default_region_id === defaultRegion.id &&
    store.default_location_id === location.id
  if (upToDate) {
    ctx.progress.alreadyPresent("store settings")
    return
  }

  const others = codes.filter((c) => c !== "jpy" && c !== "eur")
  await updateStoresWorkflow(ctx.container).run({
    input: {
      selector: { id: store.id },
      update: {
        // Only the default name is replaced: a name the developer chose is kept.
        ...(store.name === "Medusa Store" ? { name: STORE_NAME } : {}),
        supported_currencies: [
          { currency_code: "jpy", is_default: true, is_tax_inclusive: true },
          { currency_code: "eur", is_tax_inclusive: true },
          ...others.map((currency_code) => ({ currency_code })),
        ],
        default_sales_channel_id: salesChannel.id,
        default_region_id: defaultRegion.id,
        default_location_id: location.id,
      },
    },
  })
  ctx.progress.created("store settings", "currencies JPY (default) and EUR, default sales channel/region/location")
}

