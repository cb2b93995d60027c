/**
 * Demo data for the development store (SPEC §8):
 *
 *   npx medusa exec ./scripts/seed.ts
 *
 * Idempotent part by part: every part looks its records up by a natural key (name, handle, SKU,
 * email, `metadata.demo_seed`) and creates only what is missing, so a second run adds nothing and
 * a run that failed half-way is completed by the next one. Static data: ./seed/demo-data.ts.
 *
 * Env: SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD (default admin@coupon-demo.local / supersecret).
 */
import type {
  CreateCustomerDTO,
  CreateOrderDTO,
  CreateProductWorkflowInputDTO,
  ExecArgs,
  FulfillmentSetDTO,
  Logger,
  MedusaContainer,
  ProductCategoryDTO,
  RegionDTO,
  SalesChannelDTO,
  StockLocationDTO,
} from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  FeatureFlag,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  batchLinksWorkflow,
  createApiKeysWorkflow,
  createCustomerGroupsWorkflow,
  createCustomersWorkflow,
  createLocationFulfillmentSetWorkflow,
  createOrderWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUsersWorkflow,
  linkCustomersToCustomerGroupWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  addressFor,
  CATEGORIES,
  CUSTOMER_COUNT,
  CUSTOMER_GROUP_NAME,
  emailFor,
  FULFILLMENT_PROVIDER_ID,
  FULFILLMENT_SET_NAME,
  ORDER_COUNT,
  ORDER_DAYS_BACK,
  PAYMENT_PROVIDER_ID,
  PEOPLE,
  PRODUCTS,
  PUBLISHABLE_KEY_TITLE,
  REGIONS,
  type RegionKey,
  SALES_CHANNEL_NAME,
  SHIPPING_OPTION_NAME,
  STOCK_LOCATION_NAME,
  TAX_PROVIDER_ID,
  TAX_RATES,
  VIP_CUSTOMER_NUMBERS,
} from "./seed/demo-data"
import { ensureCouponMarketingDemo } from "./seed/coupon-marketing"

const ADMIN_URL = "http://localhost:9000/app"
const STORE_NAME = "Coupon Demo Store"
const DAY_MS = 24 * 60 * 60 * 1000

/** What each part did, for the final summary. */
class Progress {
  readonly present: string[] = []
  constructor(private readonly logger: Logger) {}

  created(part: string, detail: string): void {
    this.logger.info(`[seed] ${part}: created ${detail}`)
  }

  alreadyPresent(part: string): void {
    this.present.push(part)
    this.logger.info(`[seed] ${part}: already present`)
  }
}

type Ctx = {
  container: MedusaContainer
  logger: Logger
  progress: Progress
}

type Regions = Record<RegionKey, RegionDTO>

/** A seeded customer with the number used in its email and in the demo data. */
type SeededCustomer = { n: number; id: string; email: string }

export default async function seed({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ctx: Ctx = { container, logger, progress: new Progress(logger) }
  logger.info("[seed] Seeding the coupon demo store...")

  const salesChannel = await ensureSalesChannel(ctx)
  const publishableKey = await ensurePublishableKey(ctx, salesChannel)
  const regions = await ensureRegions(ctx)
  await ensureTaxInclusivePrices(ctx, regions)
  await ensureTaxRegions(ctx)
  const location = await ensureStockLocation(ctx, salesChannel)
  const shippingOptionIds = await ensureShipping(ctx, location, regions)
  await ensureStoreSettings(ctx, salesChannel, regions.japan, location)
  const categories = await ensureCategories(ctx)
  await ensureProducts(ctx, categories, salesChannel)
  const customers = await ensureCustomers(ctx)
  await ensureVipGroup(ctx, customers)
  await ensureOrders(ctx, { customers, regions, salesChannel, shippingOptionIds })
  await ensureCouponMarketingDemo(ctx, { customers, vipGroupName: CUSTOMER_GROUP_NAME })
  const admin = await ensureAdminUser(ctx)

  if (ctx.progress.present.length) {
    logger.info(`[seed] Demo data already present (skipped): ${ctx.progress.present.join(", ")}`)
  }
  logger.info(
    [
      "",
      "──────────── Coupon demo store ────────────",
      `Admin: ${ADMIN_URL}  email: ${admin.email}  password: ${admin.password}${
        admin.created ? "" : " (login existed already: password left unchanged)"
      }`,
      `Publishable key: ${publishableKey}`,
      "───────────────────────────────────────────",
    ].join("\n")
  )
}

// ─── Sales channel and publishable key ────────────────────────────────────────────────────

async function ensureSalesChannel(ctx: Ctx): Promise<SalesChannelDTO> {
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
async function ensurePublishableKey(ctx: Ctx, salesChannel: SalesChannelDTO): Promise<string> {
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

// ─── Regions and taxes ────────────────────────────────────────────────────────────────────

async function ensureRegions(ctx: Ctx): Promise<Regions> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "region",
    fields: ["id", "name", "currency_code", "payment_providers.id"],
    filters: { name: REGIONS.map((r) => r.name) },
  })
  const existing = data as (RegionDTO & { payment_providers?: { id: string }[] })[]

  const missing = REGIONS.filter((seed) => !existing.some((r) => r.name === seed.name))
  let created: RegionDTO[] = []
  if (missing.length) {
    const { result } = await createRegionsWorkflow(ctx.container).run({
      input: {
        regions: missing.map((r) => ({
          name: r.name,
          currency_code: r.currency_code,
          countries: r.countries,
          automatic_taxes: true,
          // Japanese and EU consumer prices include tax (creates the region's price preference).
          is_tax_inclusive: true,
          payment_providers: [PAYMENT_PROVIDER_ID],
        })),
      },
    })
    created = result
    ctx.progress.created("regions", missing.map((r) => r.name).join(", "))
  }

  // A region made by hand (or an older run) may lack the system payment provider.
  for (const region of existing) {
    const providers = (region.payment_providers ?? []).map((p) => p.id)
    if (!providers.includes(PAYMENT_PROVIDER_ID)) {
      await updateRegionsWorkflow(ctx.container).run({
        input: { selector: { id: region.id }, update: { payment_providers: [...providers, PAYMENT_PROVIDER_ID] } },
      })
      ctx.progress.created("regions", `payment provider ${PAYMENT_PROVIDER_ID} on ${region.name}`)
    }
  }
  if (!missing.length) {
    ctx.progress.alreadyPresent("regions")
  }

  const all: RegionDTO[] = [...existing, ...created]
  const byKey = (key: RegionKey): RegionDTO => {
    const name = REGIONS.find((r) => r.key === key)!.name
    const region = all.find((r) => r.name === name)
    if (!region) {
      throw new Error(`Region "${name}" was neither found nor created`)
    }
    return region
  }
  return { japan: byKey("japan"), europe: byKey("europe") }
}

/**
 * Both regions price tax-inclusive, as Japanese and EU consumer prices are. Medusa reads this
 * from price preferences: the region's (`attribute: "region_id"`) for prices with a region
 * rule (shipping), the currency's (`attribute: "currency_code"`) for the others (products,
 * priced per currency). A database seeded before this, or a region made by hand, is mended:
 * a missing preference is created, a tax-exclusive one switched.
 */
async function ensureTaxInclusivePrices(ctx: Ctx, regions: Regions): Promise<void> {
  const pricing = ctx.container.resolve(Modules.PRICING)
  const wanted = [
    ...Object.values(regions).map((r) => ({ attribute: "region_id", value: r.id, label: `region ${r.name}` })),
    ...REGIONS.map((r) => ({ attribute: "currency_code", value: r.currency_code, label: r.currency_code.toUpperCase() })),
  ]
  const existing = await pricing.listPricePreferences({ value: wanted.map((w) => w.value) })
  const changed: string[] = []
  for (const want of wanted) {
    const found = existing.find((p) => p.attribute === want.attribute && p.value === want.value)
    if (found?.is_tax_inclusive) continue
    if (found) await pricing.updatePricePreferences(found.id, { is_tax_inclusive: true })
    else await pricing.createPricePreferences([{ attribute: want.attribute, value: want.value, is_tax_inclusive: true }])
    changed.push(want.label)
  }
  if (changed.length) ctx.progress.created("tax-inclusive prices", changed.join(", "))
  else ctx.progress.alreadyPresent("tax-inclusive prices")
}

async function ensureTaxRegions(ctx: Ctx): Promise<void> {
  const tax = ctx.container.resolve(Modules.TAX)
  const countries = Object.keys(TAX_RATES)
  const existing = await tax.listTaxRegions({ country_code: countries })
  // Only country-level tax regions count (no province-level children).
  const present = new Set(existing.filter((t) => !t.parent_id).map((t) => t.country_code.toLowerCase()))
  const missing = countries.filter((c) => !present.has(c))
  if (!missing.length) {
    ctx.progress.alreadyPresent("tax regions")
    return
  }
  await createTaxRegionsWorkflow(ctx.container).run({
    input: missing.map((country_code) => ({
      country_code,
      provider_id: TAX_PROVIDER_ID,
      default_tax_rate: {
        rate: TAX_RATES[country_code],
        code: `${country_code.toUpperCase()}-STANDARD`,
        name: country_code === "jp" ? "Consumption tax" : "VAT",
      },
    })),
  })
  ctx.progress.created("tax regions", missing.join(", "))
}

// ─── Stock location, fulfillment and shipping ────────────────────────────────────────────

type LocationLinks = {
  sales_channels?: { id: string }[]
  fulfillment_providers?: { id: string }[]
}

async function ensureStockLocation(ctx: Ctx, salesChannel: SalesChannelDTO): Promise<StockLocationDTO> {
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

async function findFulfillmentSet(ctx: Ctx): Promise<FulfillmentSetDTO | undefined> {
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
async function ensureShipping(
  ctx: Ctx,
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

// ─── Store settings ───────────────────────────────────────────────────────────────────────

/** JPY default + EUR (other currencies are kept), default sales channel, region and location. */
async function ensureStoreSettings(
  ctx: Ctx,
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

// ─── Catalogue ────────────────────────────────────────────────────────────────────────────

/** Returns category id by handle. */
async function ensureCategories(ctx: Ctx): Promise<Map<string, string>> {
  const products = ctx.container.resolve(Modules.PRODUCT)
  const handles = CATEGORIES.map((c) => c.handle)
  const existing = await products.listProductCategories({ handle: handles })

  const missing = CATEGORIES.filter((c) => !existing.some((e) => e.handle === c.handle))
  let created: ProductCategoryDTO[] = []
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(ctx.container).run({
      input: {
        product_categories: missing.map((c) => ({
          name: c.name,
          handle: c.handle,
          description: c.description,
          is_active: true,
          is_internal: false,
        })),
      },
    })
    created = result
    ctx.progress.created("product categories", missing.map((c) => c.name).join(", "))
  } else {
    ctx.progress.alreadyPresent("product categories")
  }
  return new Map([...existing, ...created].map((c) => [c.handle, c.id]))
}

async function ensureProducts(
  ctx: Ctx,
  categoryIds: Map<string, string>,
  salesChannel: SalesChannelDTO
): Promise<void> {
  const productService = ctx.container.resolve(Modules.PRODUCT)
  const fulfillment = ctx.container.resolve(Modules.FULFILLMENT)

  const existing = await productService.listProducts({ handle: PRODUCTS.map((p) => p.handle) }, { select: ["handle"] })
  const present = new Set(existing.map((p) => p.handle))
  const missing = PRODUCTS.filter((p) => !present.has(p.handle))
  if (!missing.length) {
    ctx.progress.alreadyPresent("products")
    return
  }

  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  const products: CreateProductWorkflowInputDTO[] = missing.map((p) => {
    const categoryId = categoryIds.get(p.category)
    if (!categoryId) {
      throw new Error(`Unknown category "${p.category}" for product "${p.handle}"`)
    }
    return {
      title: p.title,
      handle: p.handle,
      description: p.description,
      status: ProductStatus.PUBLISHED,
      category_ids: [categoryId],
      shipping_profile_id: profile?.id,
      sales_channels: [{ id: salesChannel.id }],
      options: [{ title: p.option_title, values: p.variants.map((v) => v.option_value) }],
      variants: p.variants.map((v) => ({
        title: v.title,
        sku: v.sku,
        manage_inventory: false,
        options: { [p.option_title]: v.option_value },
        prices: [
          { currency_code: "jpy", amount: v.jpy },
          { currency_code: "eur", amount: v.eur },
        ],
      })),
    }
  })
  await createProductsWorkflow(ctx.container).run({ input: { products } })
  ctx.progress.created("products", `${missing.length} (of ${PRODUCTS.length})`)
}

// ─── Customers ────────────────────────────────────────────────────────────────────────────

async function ensureCustomers(ctx: Ctx): Promise<SeededCustomer[]> {
  const customerService = ctx.container.resolve(Modules.CUSTOMER)
  const wanted = PEOPLE.slice(0, CUSTOMER_COUNT).map((person, i) => ({ n: i + 1, person, email: emailFor(person, i + 1) }))

  const findAll = async () =>
    customerService.listCustomers({ email: wanted.map((w) => w.email), has_account: true }, { select: ["id", "email"] })

  let existing = await findAll()
  const missing = wanted.filter((w) => !existing.some((c) => c.email === w.email))
  if (missing.length) {
    const customersData: CreateCustomerDTO[] = missing.map(({ n, person, email }) => {
      const address = addressFor(person, n)
      return {
        first_name: person.first_name,
        last_name: person.last_name,
        email,
        has_account: true,
        addresses: [
          {
            address_name: "Home",
            first_name: person.first_name,
            last_name: person.last_name,
            ...address,
            is_default_shipping: true,
            is_default_billing: true,
          },
        ],
      }
    })
    await createCustomersWorkflow(ctx.container).run({ input: { customersData } })
    ctx.progress.created("customers", `${missing.length} (of ${wanted.length})`)
    existing = await findAll()
  } else {
    ctx.progress.alreadyPresent("customers")
  }

  return wanted.map(({ n, email }) => {
    const customer = existing.find((c) => c.email === email)
    if (!customer) {
      throw new Error(`Customer ${email} was neither found nor created`)
    }
    return { n, id: customer.id, email }
  })
}

async function ensureVipGroup(ctx: Ctx, customers: SeededCustomer[]): Promise<void> {
  const customerService = ctx.container.resolve(Modules.CUSTOMER)

  let [group] = await customerService.listCustomerGroups({ name: CUSTOMER_GROUP_NAME }, { relations: ["customers"] })
  let createdGroup = false
  if (!group) {
    const { result } = await createCustomerGroupsWorkflow(ctx.container).run({
      input: { customersData: [{ name: CUSTOMER_GROUP_NAME }] },
    })
    group = { ...result[0], customers: [] }
    createdGroup = true
  }

  const memberIds = new Set((group.customers ?? []).map((c) => c.id))
  const toAdd = customers
    .filter((c) => VIP_CUSTOMER_NUMBERS.includes(c.n) && !memberIds.has(c.id))
    .map((c) => c.id)
  if (toAdd.length) {
    await linkCustomersToCustomerGroupWorkflow(ctx.container).run({ input: { id: group.id, add: toAdd } })
  }

  if (createdGroup || toAdd.length) {
    ctx.progress.created("customer group", `"${CUSTOMER_GROUP_NAME}" with ${toAdd.length} new member(s)`)
  } else {
    ctx.progress.alreadyPresent("customer group")
  }
}

// ─── Orders ───────────────────────────────────────────────────────────────────────────────

type OrderSeedInput = {
  customers: SeededCustomer[]
  regions: Regions
  salesChannel: SalesChannelDTO
  shippingOptionIds: Record<RegionKey, string>
}

type DemoOrderMetadata = { demo_seed: string; demo_placed_at: string }

/**
 * The n-th demo order (1-based): its customer, items and the day it was placed. Everything is
 * derived from n, so a re-run describes the same order. 30 orders go to customers 1–20 (ten of
 * them order twice), spread evenly over the last 60 days.
 */
function describeOrder(n: number, now: Date) {
  const customerNumber = (((n - 1) * 7) % 20) + 1
  const itemCount = 1 + (n % 3)
  const items = Array.from({ length: itemCount }, (_, k) => {
    const product = PRODUCTS[(n * 3 + k * 7) % PRODUCTS.length]
    const variant = product.variants[(n + k) % product.variants.length]
    return { product, variant, quantity: 1 + ((n + k) % 3) }
  })
  const daysAgo = ORDER_DAYS_BACK - 1 - Math.floor(((n - 1) * ORDER_DAYS_BACK) / ORDER_COUNT)
  const placedAt = new Date(now.getTime() - daysAgo * DAY_MS)
  // Round to a plausible shopping hour (UTC), different per order.
  placedAt.setUTCHours(1 + ((n * 5) % 13), (n * 17) % 60, 0, 0)
  return { customerNumber, items, placedAt }
}

async function ensureOrders(ctx: Ctx, input: OrderSeedInput): Promise<void> {
  const orderService = ctx.container.resolve(Modules.ORDER)
  const productService = ctx.container.resolve(Modules.PRODUCT)

  const existing = await orderService.listOrders(
    { customer_id: input.customers.map((c) => c.id) },
    { select: ["id", "metadata", "created_at"], take: null }
  )
  const bySeedKey = new Map<string, { id: string; created_at: Date | string; placedAt?: string }>()
  for (const order of existing) {
    const meta = (order.metadata ?? {}) as Partial<DemoOrderMetadata>
    if (meta.demo_seed) {
      bySeedKey.set(meta.demo_seed, { id: order.id, created_at: order.created_at, placedAt: meta.demo_placed_at })
    }
  }

  const skus = PRODUCTS.flatMap((p) => p.variants.map((v) => v.sku))
  const variants = await productService.listProductVariants({ sku: skus }, { select: ["id", "sku"] })
  const variantIdBySku = new Map(variants.map((v) => [v.sku, v.id]))

  const now = new Date()
  let createdCount = 0
  for (let n = 1; n <= ORDER_COUNT; n++) {
    const key = `order-${n}`
    const found = bySeedKey.get(key)
    if (found) {
      // A run that stopped between creating an order and dating it is completed here.
      if (found.placedAt && new Date(found.created_at).getTime() !== new Date(found.placedAt).getTime()) {
        await backdateOrder(ctx, found.id, new Date(found.placedAt))
      }
      continue
    }

    const plan = describeOrder(n, now)
    const customer = input.customers.find((c) => c.n === plan.customerNumber)
    if (!customer) {
      throw new Error(`Demo order ${n}: customer #${plan.customerNumber} not seeded`)
    }
    const person = PEOPLE[customer.n - 1]
    const regionSeed = REGIONS.find((r) => r.countries.includes(person.country_code))!
    const region = input.regions[regionSeed.key]

    // The same address the customer was created with.
    const address = {
      first_name: person.first_name,
      last_name: person.last_name,
      ...addressFor(person, customer.n),
    }

    const metadata: DemoOrderMetadata = { demo_seed: key, demo_placed_at: plan.placedAt.toISOString() }
    const order: CreateOrderDTO = {
      region_id: region.id,
      currency_code: regionSeed.currency_code,
      sales_channel_id: input.salesChannel.id,
      customer_id: customer.id,
      email: customer.email,
      shipping_address: address,
      billing_address: address,
      items: plan.items.map(({ product, variant, quantity }) => {
        const variantId = variantIdBySku.get(variant.sku)
        if (!variantId) {
          throw new Error(`Demo order ${n}: variant ${variant.sku} not found (products not seeded?)`)
        }
        return {
          variant_id: variantId,
          title: product.title,
          quantity,
          unit_price: regionSeed.currency_code === "jpy" ? variant.jpy : variant.eur,
        }
      }),
      shipping_methods: [
        {
          name: SHIPPING_OPTION_NAME,
          shipping_option_id: input.shippingOptionIds[regionSeed.key],
          amount: regionSeed.shipping_amount,
        },
      ],
      metadata,
    }
    const { result } = await createOrderWorkflow(ctx.container).run({ input: order })
    await backdateOrder(ctx, result.id, plan.placedAt)
    createdCount++
  }

  if (createdCount) {
    ctx.progress.created("orders", `${createdCount} (of ${ORDER_COUNT}), over the last ${ORDER_DAYS_BACK} days`)
  } else {
    ctx.progress.alreadyPresent("orders")
  }
}

/**
 * No workflow or module method sets an order's creation date, so the demo history is dated with
 * one SQL update on the order row (its items and summary keep the real creation time).
 */
async function backdateOrder(ctx: Ctx, orderId: string, placedAt: Date): Promise<void> {
  const pg = ctx.container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const updated = await pg("order").where({ id: orderId }).update({ created_at: placedAt, updated_at: placedAt })
  if (updated !== 1) {
    throw new Error(`Could not backdate order ${orderId} (${updated} rows updated)`)
  }
}

// ─── Admin user ───────────────────────────────────────────────────────────────────────────

type AdminResult = { email: string; password: string; created: boolean }

/**
 * The same steps as `medusa user -e … -p …` (node_modules/@medusajs/medusa/dist/commands/user.js):
 * create the user (with the super admin role when RBAC is on), register an `emailpass` identity
 * and point its `app_metadata.user_id` at the user. Each step is skipped when already done.
 */
async function ensureAdminUser(ctx: Ctx): Promise<AdminResult> {
  const email = process.env.SEED_ADMIN_EMAIL || "admin@coupon-demo.local"
  const password = process.env.SEED_ADMIN_PASSWORD || "supersecret"
  const userService = ctx.container.resolve(Modules.USER)
  const authService = ctx.container.resolve(Modules.AUTH)

  let [user] = await userService.listUsers({ email })
  const [identity] = await authService.listProviderIdentities(
    { entity_id: email, provider: "emailpass" },
    { relations: ["auth_identity"] }
  )
  const linkedUserId = identity?.auth_identity?.app_metadata?.user_id
  if (user && identity && linkedUserId === user.id) {
    ctx.progress.alreadyPresent("admin user")
    return { email, password, created: false }
  }

  if (!user) {
    const { result } = await createUsersWorkflow(ctx.container).run({
      input: { users: [{ email, roles: await superAdminRoles(ctx) }] },
    })
    user = result[0]
  }

  let authIdentityId = identity?.auth_identity_id
  if (!authIdentityId) {
    const { authIdentity, error, success } = await authService.register("emailpass", { body: { email, password } })
    if (!success || !authIdentity) {
      throw new Error(`Could not register the admin's emailpass identity: ${error ?? "unknown error"}`)
    }
    authIdentityId = authIdentity.id
  }
  await authService.updateAuthIdentities({ id: authIdentityId, app_metadata: { user_id: user.id } })

  ctx.progress.created("admin user", email)
  return { email, password, created: !identity }
}

/** `medusa user` gives the super admin role when the RBAC feature flag is on. */
async function superAdminRoles(ctx: Ctx): Promise<string[]> {
  if (!FeatureFlag.isFeatureEnabled("rbac")) {
    return []
  }
  const rbac = ctx.container.resolve<{ listRbacRoles(filters: { id: string }): Promise<{ id: string }[]> }>(
    Modules.RBAC
  )
  const roles = await rbac.listRbacRoles({ id: "role_super_admin" })
  return roles.length ? [roles[0].id] : []
}
