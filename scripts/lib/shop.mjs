// A shop a storefront can really check out in, made through Medusa's admin API (the same calls
// as e2e/support/shop.ts, for the scripts): a sales channel with its publishable key, a region
// paid with the system provider, a stock location shipping there with a flat option, and one
// product.

/** JSON requests to a store's server; a non-2xx answer throws with its status and body. */
export function httpClient(baseUrl, headers = {}) {
  const request = async (method, url, body) => {
    const res = await fetch(baseUrl + url, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${method} ${url} answered ${res.status}: ${text.slice(0, 500)}`)
    return text ? JSON.parse(text) : {}
  }
  return {
    get: (url) => request("GET", url),
    post: (url, body = {}) => request("POST", url, body),
    delete: (url) => request("DELETE", url),
  }
}

/** Logs an admin user in; answers an httpClient with their bearer token. */
export async function adminLogin(baseUrl, { email, password }) {
  const { token } = await httpClient(baseUrl).post("/auth/user/emailpass", { email, password })
  return httpClient(baseUrl, { authorization: `Bearer ${token}` })
}

/** The store's default currency. */
export async function defaultCurrency(admin) {
  const { stores } = await admin.get("/admin/stores")
  const currencies = stores[0].supported_currencies
  return (currencies.find((c) => c.is_default) ?? currencies[0]).currency_code
}

/**
 * Creates the shop; `price` is the product's unit price and `shipping` the flat shipping price,
 * in the currency's main unit. Answers the ids a storefront needs.
 */
export async function createShop(admin, { name, currency, country, price = 20, shipping = 5 }) {
  const { sales_channel } = await admin.post("/admin/sales-channels", { name })
  const { api_key } = await admin.post("/admin/api-keys", { title: name, type: "publishable" })
  await admin.post(`/admin/api-keys/${api_key.id}/sales-channels`, { add: [sales_channel.id] })
  const { region } = await admin.post("/admin/regions", {
    name,
    currency_code: currency,
    countries: [country],
    payment_providers: ["pp_system_default"],
  })

  const { shipping_profiles } = await admin.get("/admin/shipping-profiles?type=default")
  const profileId =
    shipping_profiles[0]?.id ?? (await admin.post("/admin/shipping-profiles", { name, type: "default" })).shipping_profile.id
  const { stock_location } = await admin.post("/admin/stock-locations", {
    name: `${name} warehouse`,
    address: { address_1: "1 Harbour Street", city: "Harbour", country_code: country },
  })
  await admin.post(`/admin/stock-locations/${stock_location.id}/sales-channels`, { add: [sales_channel.id] })
  await admin.post(`/admin/stock-locations/${stock_location.id}/fulfillment-providers`, { add: ["manual_manual"] })
  const located = await admin.post(`/admin/stock-locations/${stock_location.id}/fulfillment-sets?fields=*fulfillment_sets`, {
    name: `${name} shipping`,
    type: "shipping",
  })
  const zoned = await admin.post(`/admin/fulfillment-sets/${located.stock_location.fulfillment_sets[0].id}/service-zones`, {
    name: `${name} zone`,
    geo_zones: [{ type: "country", country_code: country }],
  })
  const { shipping_option } = await admin.post("/admin/shipping-options", {
    name: "Standard",
    service_zone_id: zoned.fulfillment_set.service_zones[0].id,
    shipping_profile_id: profileId,
    provider_id: "manual_manual",
    price_type: "flat",
    type: { label: "Standard", description: "2-4 days", code: "standard" },
    prices: [{ currency_code: currency, amount: shipping }],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" },
      { attribute: "is_return", value: "false", operator: "eq" },
    ],
  })

  const { product } = await admin.post("/admin/products", {
    title: `${name} Sencha`,
    status: "published",
    shipping_profile_id: profileId,
    sales_channels: [{ id: sales_channel.id }],
    options: [{ title: "Size", values: ["One"] }],
    variants: [{ title: "One", options: { Size: "One" }, manage_inventory: false, prices: [{ amount: price, currency_code: currency }] }],
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
