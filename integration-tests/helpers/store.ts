import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  batchLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  createApiKeysWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  createPricePreferencesWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import type { AxiosInstance } from "axios"

export interface TestStore {
  headers: { headers: Record<string, string> }
  regionId: string
  salesChannelId: string
  categories: Record<string, string>
  variants: Record<string, string>
  /** handle → product id */
  products: Record<string, string>
  shippingOptionId: string
  /** With `taxes`: the EUR region (Germany, 19 % VAT included) and its shipping option. */
  eur?: { regionId: string; shippingOptionId: string }
}

export interface TestStoreOptions {
  /**
   * Consumer prices with tax included, as Japanese and EU shops price them: the JPY region
   * (10 % consumption tax) and a EUR region for Germany (19 % VAT) are tax-inclusive.
   */
  taxes?: boolean
}

/**
 * A small JPY store: a region, a sales channel with its publishable key, categories
 * (Tea ⊃ Green tea, Tableware, Snacks) and products priced in JPY and EUR.
 */
export async function createTestStore(container: MedusaContainer, options: TestStoreOptions = {}): Promise<TestStore> {
  const { result: [channel] } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Test storefront" }] },
  })
  const { result: [key] } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Test storefront", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: {
      regions: [{ name: "Japan", currency_code: "jpy", countries: ["jp"], payment_providers: ["pp_system_default"], ...(options.taxes ? { is_tax_inclusive: true } : {}) }],
    },
  })
  let eurRegionId: string | undefined
  if (options.taxes) {
    const { result: [eur] } = await createRegionsWorkflow(container).run({
      input: { regions: [{ name: "Germany", currency_code: "eur", countries: ["de"], payment_providers: ["pp_system_default"], is_tax_inclusive: true }] },
    })
    eurRegionId = eur.id
    // Products are priced per currency: the currency's preference says the price includes tax.
    const pricing = container.resolve(Modules.PRICING)
    const existing = await pricing.listPricePreferences({ attribute: "currency_code", value: ["jpy", "eur"] })
    for (const value of ["jpy", "eur"]) {
      const found = existing.find((p) => p.value === value)
      if (found) await pricing.updatePricePreferences({ id: found.id }, { is_tax_inclusive: true })
      else await createPricePreferencesWorkflow(container).run({ input: [{ attribute: "currency_code", value, is_tax_inclusive: true }] })
    }
    await createTaxRegionsWorkflow(container).run({
      input: [
        { country_code: "jp", provider_id: "tp_system", default_tax_rate: { rate: 10, code: "JP-STANDARD", name: "Consumption tax" } },
        { country_code: "de", provider_id: "tp_system", default_tax_rate: { rate: 19, code: "DE-STANDARD", name: "VAT" } },
      ],
    })
  }
  const { result: cats } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: [
        { name: "Tea", handle: "tea", is_active: true },
        { name: "Tableware", handle: "tableware", is_active: true },
        { name: "Snacks", handle: "snacks", is_active: true },
      ],
    },
  })
  const categories: Record<string, string> = Object.fromEntries(cats.map((c) => [c.handle, c.id]))
  const { result: [green] } = await createProductCategoriesWorkflow(container).run({
    input: { product_categories: [{ name: "Green tea", handle: "green-tea", is_active: true, parent_category_id: categories.tea }] },
  })
  categories["green-tea"] = green.id

  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const [existingProfile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  const profile = existingProfile ?? (await fulfillmentModule.createShippingProfiles({ name: "Default", type: "default" }))
  const product = (title: string, category: string, jpy: number, eur: number) => ({
    title,
    shipping_profile_id: profile.id,
    handle: title.toLowerCase().replace(/\s+/g, "-"),
    status: ProductStatus.PUBLISHED,
    category_ids: [categories[category]],
    sales_channels: [{ id: channel.id }],
    options: [{ title: "Size", values: ["One"] }],
    variants: [
      {
        title: "One",
        sku: title.toUpperCase().replace(/\s+/g, "-"),
        options: { Size: "One" },
        manage_inventory: false,
        prices: [
          { amount: jpy, currency_code: "jpy" },
          { amount: eur, currency_code: "eur" },
        ],
      },
    ],
  })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        product("Sencha", "green-tea", 1999, 14.99),
        product("Tea bowl", "tableware", 1000, 7.5),
        product("Rice crackers", "snacks", 5000, 33.33),
        product("Matcha", "tea", 3000, 21),
      ],
    },
  })
  const variants: Record<string, string> = Object.fromEntries(products.map((p) => [p.handle, p.variants[0].id]))
  const shippingOptionId = await createShipping(container, channel.id, region.id, profile.id)
  const eur = eurRegionId
    ? { regionId: eurRegionId, shippingOptionId: await createZoneShipping(container, eurRegionId, profile.id, "de", "eur", 4.9) }
    : undefined
  // Each test store shops from an address of its own, so the per-IP throttle of failed coupon
  // attempts (COUPON-32) never carries over from one test to the next.
  const ip = `10.${rand()}.${rand()}.${rand()}`
  return { headers: { headers: { "x-publishable-api-key": key.token, "x-forwarded-for": ip } }, regionId: region.id, salesChannelId: channel.id, categories, variants, products: Object.fromEntries(products.map((p) => [p.handle, p.id])), shippingOptionId, eur }
}

const rand = () => Math.floor(Math.random() * 254) + 1

/** A stock location with a ¥500 flat "Standard" shipping option for Japan, so carts can check out. */
async function createShipping(container: MedusaContainer, salesChannelId: string, regionId: string, profileId: string): Promise<string> {
  const { result: [location] } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Warehouse", address: { address_1: "1-2-3 Kiba", city: "Tokyo", country_code: "JP" } }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })
  await batchLinksWorkflow(container).run({
    input: {
      create: [{ [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } }],
      update: [],
      delete: [],
    },
  })
  await createLocationFulfillmentSetWorkflow(container).run({
    input: { location_id: location.id, fulfillment_set_data: { name: "Warehouse shipping", type: "shipping" } },
  })
  return createZoneShipping(container, regionId, profileId, "jp", "jpy", 500)
}

/** A service zone for one country in the warehouse's fulfillment set, with a flat "Standard" option. */
async function createZoneShipping(container: MedusaContainer, regionId: string, profileId: string, country: string, currency: string, amount: number): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [set] = await fulfillment.listFulfillmentSets({ name: "Warehouse shipping" })
  const zone = await fulfillment.createServiceZones({ name: country.toUpperCase(), fulfillment_set_id: set.id, geo_zones: [{ type: "country", country_code: country }] })
  const { result: [option] } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zone.id,
        shipping_profile_id: profileId,
        type: { label: "Standard", description: "2-4 days", code: "standard" },
        prices: [{ currency_code: currency, amount }, { region_id: regionId, amount }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return option.id
}

/** Gets a cart ready to complete: address, shipping, a payment session of the system provider. */
export async function prepareCheckout(api: AxiosInstance, store: TestStore, cartId: string, headers: { headers: Record<string, string> } = store.headers) {
  const address = { first_name: "Hanako", last_name: "Yamada", address_1: "1-1 Chiyoda", city: "Tokyo", country_code: "jp", postal_code: "100-0001" }
  await api.post(`/store/carts/${cartId}`, { email: "hanako@example.com", shipping_address: address, billing_address: address }, headers)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: store.shippingOptionId }, headers)
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
}

/** Checks a cart out through the real store routes; answers the completion response. */
export async function checkout(api: AxiosInstance, store: TestStore, cartId: string, headers: { headers: Record<string, string> } = store.headers) {
  await prepareCheckout(api, store, cartId, headers)
  return api.post(`/store/carts/${cartId}/complete`, {}, headers)
}

/** A shopper with an account, logged in through the real auth routes; answers the headers. */
export async function loginAsCustomer(api: AxiosInstance, store: TestStore, email: string, password = "shopper-pass-1") {
  const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data: created } = await api.post("/store/customers", { email, first_name: "Test", last_name: email.split("@")[0] }, {
    headers: { ...store.headers.headers, authorization: `Bearer ${reg.token}` },
  })
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return { headers: { ...store.headers.headers, authorization: `Bearer ${login.token}` }, customerId: created.customer.id as string }
}

/** A cart in the test region with the given lines (handle → quantity). */
export async function createCart(
  api: AxiosInstance,
  store: TestStore,
  lines: Record<string, number>,
  headers: { headers: Record<string, string> } = store.headers
) {
  const { data } = await api.post("/store/carts", { region_id: store.regionId, sales_channel_id: store.salesChannelId }, headers)
  for (const [handle, quantity] of Object.entries(lines)) {
    await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: store.variants[handle], quantity }, headers)
  }
  return data.cart.id as string
}

/**
 * Moves a coupon's window so that it is active now (a new window must start ≥ 1 h ahead), and
 * its Medusa campaign's start with it: Medusa's promotion engine enforces the campaign's dates.
 */
export async function activateCoupon(container: MedusaContainer, couponId: string) {
  const service = container.resolve("coupon_marketing") as {
    updateCoupons: (d: unknown) => Promise<unknown>
    retrieveCoupon: (id: string) => Promise<{ validity_type: string; promotion_id: string | null }>
  }
  const starts_at = new Date(Date.now() - 60_000)
  await service.updateCoupons({ id: couponId, starts_at })
  const coupon = await service.retrieveCoupon(couponId)
  if (coupon.validity_type !== "window" || !coupon.promotion_id) return
  const promotions = container.resolve(Modules.PROMOTION)
  const [promotion] = await promotions.listPromotions({ id: [coupon.promotion_id] }, { select: ["id", "campaign_id"] })
  const campaignId = (promotion as { campaign_id?: string | null } | undefined)?.campaign_id
  if (campaignId) await promotions.updateCampaigns({ id: campaignId, starts_at })
}

export function query(container: MedusaContainer) {
  return container.resolve(ContainerRegistrationKeys.QUERY)
}

export { Modules }
