import { APIRequestContext } from "playwright-core"
import { AdminApi, ApiClient } from "./admin-api"

/**
 * A storefront the browser flows can really check out in, made through Medusa's admin API: a
 * sales channel with its publishable key, a region (a country no other region has) paid with
 * the system provider and taxed at 10 % (prices exclude tax), a stock location shipping there with
 * a flat option, and one product.
 */
export interface Shop {
  currency: string
  country: string
  regionId: string
  salesChannelId: string
  publishableKey: string
  variantId: string
  shippingOptionId: string
}

/** The shop's tax rate (percent), on prices that exclude it. */
export const TAX_RATE = 10

/** Countries the e2e store's other regions do not use; the first free one is taken. */
const COUNTRIES = ["is", "mt", "lu", "cy", "ee", "lv", "lt", "si", "sk", "hr"]

export async function createShop(api: AdminApi, currency: string, run: string): Promise<Shop> {
  const { sales_channel } = await api.post<{ sales_channel: { id: string } }>("/admin/sales-channels", { name: `E2E shop ${run}` })
  const { api_key } = await api.post<{ api_key: { id: string; token: string } }>("/admin/api-keys", {
    title: `E2E shop ${run}`,
    type: "publishable",
  })
  await api.post(`/admin/api-keys/${api_key.id}/sales-channels`, { add: [sales_channel.id] })

  const { regions } = await api.get<{ regions: { countries?: { iso_2: string }[] }[] }>("/admin/regions?limit=200&fields=id,*countries")
  const used = new Set(regions.flatMap((r) => (r.countries ?? []).map((c) => c.iso_2)))
  const country = COUNTRIES.find((c) => !used.has(c))
  if (!country) throw new Error(`every e2e country is taken by a region: ${[...used].join(", ")}`)
  const { region } = await api.post<{ region: { id: string } }>("/admin/regions", {
    name: `E2E shop ${run}`,
    currency_code: currency,
    countries: [country],
    payment_providers: ["pp_system_default"],
  })
  // A 10 % tax in a tax-exclusive region: Medusa's order summary then shows the discount with
  // tax, the plugin's widget the coupon's discount before tax, and says so.
  const { tax_regions } = await api.get<{ tax_regions: { parent_id: string | null }[] }>(`/admin/tax-regions?country_code=${country}`)
  if (!tax_regions.some((t) => !t.parent_id)) {
    await api.post("/admin/tax-regions", {
      country_code: country,
      provider_id: "tp_system",
      default_tax_rate: { name: "VAT", code: `${country.toUpperCase()}-VAT`, rate: TAX_RATE },
    })
  }

  const { shipping_profiles } = await api.get<{ shipping_profiles: { id: string }[] }>("/admin/shipping-profiles?type=default")
  const profileId =
    shipping_profiles[0]?.id ??
    (await api.post<{ shipping_profile: { id: string } }>("/admin/shipping-profiles", { name: `E2E ${run}`, type: "default" })).shipping_profile.id
  const { stock_location } = await api.post<{ stock_location: { id: string } }>("/admin/stock-locations", {
    name: `E2E warehouse ${run}`,
    address: { address_1: "1 Harbour Street", city: "Harbour", country_code: country },
  })
  await api.post(`/admin/stock-locations/${stock_location.id}/sales-channels`, { add: [sales_channel.id] })
  await api.post(`/admin/stock-locations/${stock_location.id}/fulfillment-providers`, { add: ["manual_manual"] })
  const located = await api.post<{ stock_location: { fulfillment_sets: { id: string }[] } }>(
    `/admin/stock-locations/${stock_location.id}/fulfillment-sets?fields=*fulfillment_sets`,
    { name: `E2E shipping ${run}`, type: "shipping" }
  )
  const setId = located.stock_location.fulfillment_sets[0].id
  const zoned = await api.post<{ fulfillment_set: { service_zones: { id: string }[] } }>(`/admin/fulfillment-sets/${setId}/service-zones`, {
    name: `E2E zone ${run}`,
    geo_zones: [{ type: "country", country_code: country }],
  })
  const { shipping_option } = await api.post<{ shipping_option: { id: string } }>("/admin/shipping-options", {
    name: "Standard",
    service_zone_id: zoned.fulfillment_set.service_zones[0].id,
    shipping_profile_id: profileId,
    provider_id: "manual_manual",
    price_type: "flat",
    type: { label: "Standard", description: "2-4 days", code: "standard" },
    prices: [{ currency_code: currency, amount: 5 }],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" },
      { attribute: "is_return", value: "false", operator: "eq" },
    ],
  })

  const { product } = await api.post<{ product: { variants: { id: string }[] } }>("/admin/products", {
    title: `E2E Sencha ${run}`,
    status: "published",
    shipping_profile_id: profileId,
    sales_channels: [{ id: sales_channel.id }],
    options: [{ title: "Size", values: ["One"] }],
    variants: [{ title: "One", options: { Size: "One" }, manage_inventory: false, prices: [{ amount: 20, currency_code: currency }] }],
  })
  return {
    currency,
    country,
    regionId: region.id,
    salesChannelId: sales_channel.id,
    publishableKey: api_key.token,
    variantId: product.variants[0].id,
    shippingOptionId: shipping_option.id,
  }
}

/** A shopper of the shop, as the storefront talks for them: registered, a customer, logged in. */
export class Shopper extends ApiClient {
  private constructor(
    request: APIRequestContext,
    private readonly shop: Shop,
    token: string,
    readonly customerId: string,
    readonly email: string
  ) {
    super(request, { "x-publishable-api-key": shop.publishableKey, Authorization: `Bearer ${token}` })
  }

  static async register(request: APIRequestContext, shop: Shop, email: string, password = "e2e-shopper-1"): Promise<Shopper> {
    const registration = await new ApiClient(request, {}).post<{ token: string }>("/auth/customer/emailpass/register", { email, password })
    const { customer } = await new ApiClient(request, {
      "x-publishable-api-key": shop.publishableKey,
      Authorization: `Bearer ${registration.token}`,
    }).post<{ customer: { id: string } }>("/store/customers", { email, first_name: "Aiko", last_name: "Shopper" })
    const { token } = await new ApiClient(request, {}).post<{ token: string }>("/auth/customer/emailpass", { email, password })
    return new Shopper(request, shop, token, customer.id, email)
  }

  /**
   * Checks out `quantity` of the shop's product with a coupon code, through the real store
   * routes (cart, coupon, address, shipping, payment, completion); answers the order.
   */
  async orderWithCoupon(code: string, quantity: number): Promise<{ id: string; display_id: number }> {
    const shop = this.shop
    const { cart } = await this.post<{ cart: { id: string } }>("/store/carts", { region_id: shop.regionId, sales_channel_id: shop.salesChannelId })
    await this.post(`/store/carts/${cart.id}/line-items`, { variant_id: shop.variantId, quantity })
    const address = { first_name: "Aiko", last_name: "Shopper", address_1: "2 Harbour Street", city: "Harbour", country_code: shop.country, postal_code: "101" }
    await this.post(`/store/carts/${cart.id}`, { email: this.email, shipping_address: address, billing_address: address })
    const applied = await this.post<{ applied: boolean; message: string | null }>(`/store/carts/${cart.id}/coupon`, { code })
    if (!applied.applied) throw new Error(`the coupon ${code} did not apply: ${applied.message}`)
    await this.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shop.shippingOptionId })
    const { payment_collection } = await this.post<{ payment_collection: { id: string } }>("/store/payment-collections", { cart_id: cart.id })
    await this.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
    const done = await this.post<{ type: string; order?: { id: string; display_id: number }; error?: unknown }>(`/store/carts/${cart.id}/complete`)
    if (done.type !== "order" || !done.order) throw new Error(`checkout did not place an order: ${JSON.stringify(done)}`)
    return done.order
  }
}
