/**
 * The warehouse and shipping: one stock location linked to the sales channel and the manual
 * fulfillment provider, a service zone per region and a flat "Standard shipping" option in each.
 */
import type { FulfillmentSetDTO, SalesChannelDTO, StockLocationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  batchLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import type { Regions, SeedContext } from "./context"
import {
  FULFILLMENT_PROVIDER_ID,
  FULFILLMENT_SET_NAME,
  REGIONS,
  type RegionKey,
  SHIPPING_OPTION_NAME,
  STOCK_LOCATION_NAME,
} from "./demo-data"

type LocationLinks = {
  sales_channels?: { id: string }[]
  fulfillment_providers?: { id: string }[]
}

export async function ensureStockLocation(ctx: SeedContext, salesChannel: SalesChannelDTO): Promise<StockLocationDTO> {
  const stockLocations = ctx.container.resolve(Modules.STOCK_LOCATION)
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)

  let [location] = await stockLocations.listStockLocations({ name: STOCK_LOCATION_NAME })
  let changed = false
  if (!location) {
    const { result } = await createStockLocationsWorkflow(ctx.container).run({
      input: {
        locations: [
          {
            name: STOCK_LOCATION_NAME,
            address: {
              address_1: "1-2-3 Kiba",
              city: "Koto-ku",
              province: "Tokyo",
              postal_code: "135-0042",
              country_code: "JP",
            },
          },
        ],
      },
    })
    location = result[0]
    changed = true
  }

  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id", "fulfillment_providers.id"],
    filters: { id: location.id },
  })
  const links = (data[0] ?? {}) as LocationLinks

  if (!(links.sales_channels ?? []).some((sc) => sc.id === salesChannel.id)) {
    await linkSalesChannelsToStockLocationWorkflow(ctx.container).run({
      input: { id: location.id, add: [salesChannel.id] },
    })
    changed = true
  }
  if (!(links.fulfillment_providers ?? []).some((fp) => fp.id === FULFILLMENT_PROVIDER_ID)) {
    await batchLinksWorkflow(ctx.container).run({
      input: {
        create: [
          {
            [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
            [Modules.FULFILLMENT]: { fulfillment_provider_id: FULFILLMENT_PROVIDER_ID },
          },
        ],
        update: [],
        delete: [],
      },
    })
    changed = true
  }

  if (changed) {
    ctx.progress.created("stock location", `"${STOCK_LOCATION_NAME}" with its sales channel and ${FULFILLMENT_PROVIDER_ID}`)
  } else {
    ctx.progress.alreadyPresent("stock location")
  }
  return location
}

async function findFulfillmentSet(ctx: SeedContext): Promise<FulfillmentSetDTO | undefined> {
  const fulfillment = ctx.container.resolve(Modules.FULFILLMENT)
  const [set] = await fulfillment.listFulfillmentSets(
    { name: FULFILLMENT_SET_NAME },
    { relations: ["service_zones", "service_zones.shipping_options"] }
  )
  return set
}

/**
 * One shipping fulfillment set on the stock location, a service zone per region (named after
 * the region) and a flat "Standard shipping" option in each zone. Returns the option id per region.
 */
export async function ensureShipping(
  ctx: SeedContext,
  location: StockLocationDTO,
  regions: Regions
): Promise<Record<RegionKey, string>> {
  const fulfillment = ctx.container.resolve(Modules.FULFILLMENT)
  const createdParts: string[] = []

  let set = await findFulfillmentSet(ctx)
  if (!set) {
    await createLocationFulfillmentSetWorkflow(ctx.container).run({
      input: { location_id: location.id, fulfillment_set_data: { name: FULFILLMENT_SET_NAME, type: "shipping" } },
    })
    createdParts.push(`fulfillment set "${FULFILLMENT_SET_NAME}"`)
  }

  set = await findFulfillmentSet(ctx)
  const missingZones = REGIONS.filter((r) => !set?.service_zones.some((z) => z.name === r.name))
  if (set && missingZones.length) {
    await createServiceZonesWorkflow(ctx.container).run({
      input: {
        data: missingZones.map((r) => ({
          name: r.name,
          fulfillment_set_id: set!.id,
          geo_zones: r.countries.map((country_code) => ({ type: "country" as const, country_code })),
        })),
      },
    })
    createdParts.push(`service zones ${missingZones.map((r) => r.name).join(", ")}`)
    set = await findFulfillmentSet(ctx)
  }
  if (!set) {
    throw new Error(`Fulfillment set "${FULFILLMENT_SET_NAME}" was neither found nor created`)
  }

  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (!profile) {
    throw new Error("No default shipping profile: run `npx medusa db:migrate` first")
  }

  const optionIds = {} as Record<RegionKey, string>
  for (const seed of REGIONS) {
    const zone = set.service_zones.find((z) => z.name === seed.name)
    if (!zone) {
      throw new Error(`Service zone "${seed.name}" is missing after creation`)
    }
    const existing = (zone.shipping_options ?? []).find((o) => o.name === SHIPPING_OPTION_NAME)
    if (existing) {
      optionIds[seed.key] = existing.id
      continue
    }
    const region = regions[seed.key]
    const { result } = await createShippingOptionsWorkflow(ctx.container).run({
      input: [
        {
          name: SHIPPING_OPTION_NAME,
          price_type: "flat",
          provider_id: FULFILLMENT_PROVIDER_ID,
          service_zone_id: zone.id,
          shipping_profile_id: profile.id,
          type: { label: "Standard", description: "Delivered in 2-4 business days.", code: "standard" },
          prices: [
            { currency_code: seed.currency_code, amount: seed.shipping_amount },
            { region_id: region.id, amount: seed.shipping_amount },
          ],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
      ],
    })
    optionIds[seed.key] = result[0].id
    createdParts.push(`"${SHIPPING_OPTION_NAME}" for ${seed.name} (${seed.shipping_amount} ${seed.currency_code.toUpperCase()})`)
  }

  if (createdParts.length) {
    ctx.progress.created("shipping", createdParts.join("; "))
  } else {
    ctx.progress.alreadyPresent("shipping")
  }
  return optionIds
}

