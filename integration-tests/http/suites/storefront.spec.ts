import Medusa, { FetchError } from "@medusajs/js-sdk"
import { response, type SuiteContext } from "../../helpers/suite"
import { loginAsAdmin } from "../../helpers/auth"
import { activateCoupon, createTestStore, loginAsCustomer, prepareCheckout, TestStore } from "../../helpers/store"
import { CouponMarketingEvents } from "../../../src/types/events"
import { watchEvents } from "../../helpers/events"
import type CouponMarketingModuleService from "../../../src/modules/coupon-marketing/service"

const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString()

/** The fields the official Next.js starter reads a cart with (src/lib/data/cart.ts `retrieveCart`). */
const STARTER_CART_FIELDS =
  "*items, *region, *items.product, *items.variant, *items.thumbnail, *items.metadata, +items.total, *promotions, +shipping_methods.name"

type Headers = Record<string, string>

/**
 * The storefront as the official Next.js starter drives it: `@medusajs/js-sdk` with the store's
 * publishable key, the discount field's calls (`sdk.store.cart.update(id, { promo_codes })` with
 * the codes already on `cart.promotions` plus the typed one; the trash button sends the list
 * without the code) and its cart read.
 */
class Starter {
  readonly sdk: Medusa
  constructor(baseUrl: string, readonly store: TestStore, readonly auth: Headers = {}) {
    const { "x-publishable-api-key": publishableKey, ...rest } = store.headers.headers
    this.sdk = new Medusa({ baseUrl, publishableKey, globalHeaders: rest })
  }
  get headers(): Headers {
    return this.auth
  }
  async createCart(lines: Record<string, number>, regionId = this.store.regionId) {
    const { cart } = await this.sdk.store.cart.create({ region_id: regionId, sales_channel_id: this.store.salesChannelId }, {}, this.headers)
    for (const [handle, quantity] of Object.entries(lines)) {
      await this.sdk.store.cart.createLineItem(cart.id, { variant_id: this.store.variants[handle], quantity }, {}, this.headers)
    }
    return cart.id
  }
  async retrieve(cartId: string) {
    const { cart } = await this.sdk.client.fetch<{ cart: any }>(`/store/carts/${cartId}`, { query: { fields: STARTER_CART_FIELDS }, headers: this.headers })
    return cart
  }
  /** The discount field: the codes on the cart plus the typed one. */
  async typeCode(cartId: string, typed: string) {
    const cart = await this.retrieve(cartId)
    const codes = (cart.promotions ?? []).filter((p: any) => p.code !== undefined).map((p: any) => p.code)
    return this.sdk.store.cart.update(cartId, { promo_codes: [...codes, typed] }, {}, this.headers)
  }
  /** The badge's trash button: the list without that code. */
  async removeCode(cartId: string, code: string) {
    const cart = await this.retrieve(cartId)
    const codes = (cart.promotions ?? []).map((p: any) => p.code).filter((c: string) => c !== code)
    return this.sdk.store.cart.update(cartId, { promo_codes: codes }, {}, this.headers)
  }
}

/** What a refused js-sdk call answered: the status and the message a storefront shows. */
async function refusal(p: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await p
  } catch (e) {
    const error = e as FetchError
    return { status: error.status ?? 0, message: error.message }
  }
  throw new Error("the call was expected to be refused")
}

const minor = (v: unknown, factor: number) => Math.round(Number(v) * factor * 1e6) / 1e6

export function storefrontSuite({ api, getContainer }: SuiteContext) {
  describe("a stock storefront (the Next.js starter's calls through @medusajs/js-sdk)", () => {
    let admin: { headers: Record<string, string> }
    let store: TestStore
    let baseUrl: string

    beforeEach(async () => {
      admin = await loginAsAdmin(getContainer(), api)
      store = await createTestStore(getContainer(), { taxes: true })
      baseUrl = String(api.defaults.baseURL)
    })

    async function coupon(body: Record<string, unknown>) {
      const { data } = await api.post(
        "/admin/coupon-marketing/coupons",
        {
          validity_type: "window",
          starts_at: inHours(2),
          ends_at: inHours(24 * 30),
          currency_code: "jpy",
          condition_type: "none",
          audience: "anyone",
          code_mode: "fixed",
          ...body,
        },
        admin
      )
      if ((body.validity_type ?? "window") === "window") await activateCoupon(getContainer(), data.coupon.id)
      return data.coupon as { id: string; promotion_id: string; code: string | null }
    }

    const welcome = () => coupon({ name: "Welcome 10% off", code: "WELCOME10", benefit_type: "percent", benefit_value: 10 })

    async function pluginRecord(cartId: string) {
      const [row] = await getContainer().resolve<CouponMarketingModuleService>("coupon_marketing").listCartCoupons({ cart_id: cartId })
      return row ?? null
    }

    it("COUPON-30 COUPON-32 COUPON-34 a fixed code in the starter's discount field applies (any case), shows as typed, a wrong code keeps it, a second code replaces it, the trash button clears it", async () => {
      await welcome()
      await coupon({ name: "Spring ¥300 off", code: "SPRING300", benefit_type: "fixed_amount", benefit_value: 300 })
      const ended = await coupon({ name: "Autumn", code: "AUTUMN", benefit_type: "fixed_amount", benefit_value: 100 })
      await getContainer().resolve<CouponMarketingModuleService>("coupon_marketing").updateCoupons({ id: ended.id, ends_at: new Date(Date.now() - 1000) })
      const shop = new Starter(baseUrl, store)
      const cartId = await shop.createCart({ sencha: 1, "tea-bowl": 2 })

      const { cart } = await shop.typeCode(cartId, "welcome10")
      // 10 % of ¥3,999, rounded down: ¥399; shown with the code the shopper typed.
      expect(Number(cart.discount_total)).toBe(399)
      expect(cart.promotions.map((p: any) => p.code)).toEqual(["WELCOME10"])
      let seen = await shop.retrieve(cartId)
      expect(seen.promotions.map((p: any) => p.code)).toEqual(["WELCOME10"])
      expect(seen.promotions[0].application_method).toMatchObject({ type: "percentage", value: 10 })
      const codes = seen.items.flatMap((i: any) => (i.adjustments ?? []).map((a: any) => a.code))
      expect(codes.length).toBeGreaterThan(0)
      expect(new Set(codes)).toEqual(new Set(["WELCOME10"]))
      expect(JSON.stringify(seen)).not.toContain("CM-")

      // COUPON-32: an unknown code is Medusa's to refuse, an ended coupon the plugin's; the applied coupon stays.
      const unknown = await refusal(shop.typeCode(cartId, "NOPE1234"))
      expect(unknown.status).toBe(400)
      const endedCode = await refusal(shop.typeCode(cartId, "autumn"))
      expect(endedCode).toEqual({ status: 400, message: "This coupon code is not valid" })
      seen = await shop.retrieve(cartId)
      expect(seen.promotions.map((p: any) => p.code)).toEqual(["WELCOME10"])
      expect(Number(seen.discount_total)).toBe(399)

      // COUPON-30: one coupon per order — the second code replaces the first.
      await shop.typeCode(cartId, "SPRING300")
      seen = await shop.retrieve(cartId)
      expect(seen.promotions.map((p: any) => p.code)).toEqual(["SPRING300"])
      expect(Number(seen.discount_total)).toBe(300)
      expect((await pluginRecord(cartId))?.code).toBe("SPRING300")

      // COUPON-34: the trash button sends the list without the code: the coupon is cleared, nothing puts it back.
      await shop.removeCode(cartId, "SPRING300")
      seen = await shop.retrieve(cartId)
      expect(seen.promotions).toEqual([])
      expect(Number(seen.discount_total)).toBe(0)
      expect(await pluginRecord(cartId)).toBeNull()
      await shop.sdk.store.cart.createLineItem(cartId, { variant_id: store.variants.matcha, quantity: 1 }, {}, shop.headers)
      seen = await shop.retrieve(cartId)
      expect(seen.promotions).toEqual([])
      expect(Number(seen.discount_total)).toBe(0)

      // Medusa's own promotions routes take plugin codes too; DELETE naming the code clears it.
      await shop.sdk.client.fetch(`/store/carts/${cartId}/promotions`, { method: "POST", body: { promo_codes: ["Welcome10"] }, headers: shop.headers })
      seen = await shop.retrieve(cartId)
      expect(seen.promotions.map((p: any) => p.code)).toEqual(["WELCOME10"])
      await shop.sdk.client.fetch(`/store/carts/${cartId}/promotions`, { method: "DELETE", body: { promo_codes: ["WELCOME10"] }, headers: shop.headers })
      seen = await shop.retrieve(cartId)
      expect(seen.promotions).toEqual([])
      expect(await pluginRecord(cartId)).toBeNull()
    })

    it("COUPON_APPLIED is emitted from Medusa's promo_codes paths once their route succeeded, with the discount", async () => {
      const welcomeCoupon = await welcome()
      const spring = await coupon({ name: "Spring ¥300 off", code: "SPRING300", benefit_type: "fixed_amount", benefit_value: 300 })
      const shop = new Starter(baseUrl, store)
      const cartId = await shop.createCart({ sencha: 1, "tea-bowl": 2 })
      const events = watchEvents(getContainer())
      try {
        // POST /store/carts/:id { promo_codes } (the starter's discount field).
        await shop.typeCode(cartId, "welcome10")
        // POST /store/carts/:id/promotions: a second code replaces the first (COUPON-30).
        await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["spring300"] }, store.headers)
        // A refused code and a list that only keeps the held coupon emit nothing.
        await refusal(shop.typeCode(cartId, "NOPE1234"))
        await shop.typeCode(cartId, "SPRING300")
        const applied = events.of(CouponMarketingEvents.COUPON_APPLIED)
        expect(applied).toEqual([
          {
            coupon_id: welcomeCoupon.id, promotion_id: welcomeCoupon.promotion_id, code: "WELCOME10", code_id: null,
            customer_id: null, cart_id: cartId, discount_amount: 399, currency_code: "jpy",
          },
          {
            coupon_id: spring.id, promotion_id: spring.promotion_id, code: "SPRING300", code_id: null,
            customer_id: null, cart_id: cartId, discount_amount: 300, currency_code: "jpy",
          },
        ])
      } finally {
        events.restore()
      }
    })

    it("COUPON-31 members-only and individual codes through promo_codes: a guest is asked to log in (same answer for any well-formed individual code), the owner applies theirs with or without hyphens", async () => {
      await coupon({ name: "Members ¥500 off", code: "MEMBER500", audience: "members_only", per_customer_limit: 1, benefit_type: "fixed_amount", benefit_value: 500 })
      const vip = await coupon({ name: "VIP ¥200 off", audience: "members_only", code_mode: "individual", validity_type: "relative", valid_days: 10, starts_at: undefined, ends_at: undefined, benefit_type: "fixed_amount", benefit_value: 200 })
      const member = await loginAsCustomer(api, store, "member@example.com")
      const other = await loginAsCustomer(api, store, "other@example.com")
      await api.post(`/admin/coupon-marketing/coupons/${vip.id}/codes`, { customer_ids: [member.customerId] }, admin)
      const { data: mine } = await api.get("/store/coupon-marketing/me/coupons", { headers: member.headers })
      const individual: string = mine.coupons.find((c: any) => c.name === "VIP ¥200 off").code
      expect(individual).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)

      const guest = new Starter(baseUrl, store)
      const guestCart = await guest.createCart({ sencha: 1 })
      expect(await refusal(guest.typeCode(guestCart, "member500"))).toEqual({ status: 400, message: "Log in to use this coupon" })
      // No oracle: a real individual code and a made-up one of the same shape get the same answer.
      expect(await refusal(guest.typeCode(guestCart, individual))).toEqual({ status: 400, message: "Log in to use this coupon" })
      expect(await refusal(guest.typeCode(guestCart, "ABCD-EFGH-JKMN"))).toEqual({ status: 400, message: "Log in to use this coupon" })
      const pluginRoute = await response(api.post(`/store/carts/${guestCart}/coupon`, { code: "abcdefghjkmn" }, store.headers))
      expect(pluginRoute.data).toMatchObject({ code: "login_required", message: "Log in to use this coupon" })

      const shop = new Starter(baseUrl, store, { authorization: member.headers.authorization })
      const cartId = await shop.createCart({ sencha: 1, matcha: 1 })
      await shop.typeCode(cartId, "MEMBER500")
      expect((await shop.retrieve(cartId)).promotions.map((p: any) => p.code)).toEqual(["MEMBER500"])
      // Without hyphens and in lower case: the shopper's own code replaces the members' code.
      await shop.typeCode(cartId, individual.replace(/-/g, "").toLowerCase())
      const seen = await shop.retrieve(cartId)
      expect(seen.promotions.map((p: any) => p.code)).toEqual([individual])
      expect(Number(seen.discount_total)).toBe(200)

      // Someone else's individual code is just not valid.
      const otherShop = new Starter(baseUrl, store, { authorization: other.headers.authorization })
      const otherCart = await otherShop.createCart({ sencha: 1 })
      expect(await refusal(otherShop.typeCode(otherCart, individual))).toEqual({ status: 400, message: "This coupon code is not valid" })
    })

    it("COUPON-33 below its minimum a native path answers the 'Add ¥X more' message; the plugin's route holds the coupon", async () => {
      await coupon({ name: "¥300 off ¥5,000", code: "BIG300", benefit_type: "fixed_amount", benefit_value: 300, condition_type: "min_total", condition_value: 5000 })
      const shop = new Starter(baseUrl, store)
      const cartId = await shop.createCart({ sencha: 1 })
      expect(await refusal(shop.typeCode(cartId, "BIG300"))).toEqual({ status: 400, message: "Add ¥3,001 more of eligible items to use this coupon" })
      expect(await pluginRecord(cartId)).toBeNull()
      const held = await api.post(`/store/carts/${cartId}/coupon`, { code: "BIG300" }, store.headers)
      expect(held.data).toMatchObject({ applied: false, message: "Add ¥3,001 more of eligible items to use this coupon" })
      // The held coupon is invisible to the starter (no promotion yet): changing other codes keeps it.
      await shop.sdk.store.cart.update(cartId, { promo_codes: [] }, {}, shop.headers)
      expect((await pluginRecord(cartId))?.code).toBe("BIG300")
      await shop.sdk.store.cart.createLineItem(cartId, { variant_id: store.variants["rice-crackers"], quantity: 1 }, {}, shop.headers)
      const seen = await shop.retrieve(cartId)
      expect(seen.promotions.map((p: any) => p.code)).toEqual(["BIG300"])
      expect(Number(seen.discount_total)).toBe(300)
    })

    it("COUPON-13 COUPON-20 the starter's checkout with a plugin code: whole-unit totals, one use, the order shows the typed code", async () => {
      const vip = await coupon({ name: "VIP 15% off", audience: "members_only", code_mode: "individual", validity_type: "relative", valid_days: 10, starts_at: undefined, ends_at: undefined, benefit_type: "percent", benefit_value: 15 })
      const member = await loginAsCustomer(api, store, "buyer@example.com")
      await api.post(`/admin/coupon-marketing/coupons/${vip.id}/codes`, { customer_ids: [member.customerId] }, admin)
      const { data: mine } = await api.get("/store/coupon-marketing/me/coupons", { headers: member.headers })
      const individual: string = mine.coupons[0].code
      const shop = new Starter(baseUrl, store, { authorization: member.headers.authorization })
      const cartId = await shop.createCart({ sencha: 1, "tea-bowl": 1 })
      await shop.typeCode(cartId, individual)
      await prepareCheckout(api, store, cartId, { headers: { ...store.headers.headers, ...member.headers } })
      const before = await shop.retrieve(cartId)
      // 15 % of ¥2,999 = ¥449.85 → ¥449; tax included: the shopper pays ¥2,999 − ¥449 + ¥500 shipping.
      expect(Number(before.discount_total)).toBe(449)
      expect(Number(before.total)).toBe(2999 - 449 + 500)
      const done = await shop.sdk.store.cart.complete(cartId, {}, shop.headers)
      expect(done.type).toBe("order")
      const order = (done as any).order
      expect(Number(order.total)).toBe(3050)
      const { order: fetched } = await shop.sdk.store.order.retrieve(order.id, { fields: "*items, *items.adjustments, *shipping_methods, total, discount_total" }, shop.headers)
      const codes = fetched.items!.flatMap((i: any) => (i.adjustments ?? []).map((a: any) => a.code))
      expect(new Set(codes)).toEqual(new Set([individual]))
      expect(JSON.stringify(fetched)).not.toContain("CM-")
      const uses = await getContainer().resolve<CouponMarketingModuleService>("coupon_marketing").listCouponUsages({ cart_id: cartId })
      expect(uses).toHaveLength(1)
      expect(uses[0]).toMatchObject({ order_id: order.id, code: individual.replace(/-/g, "") })
      expect(Number(uses[0].discount_total)).toBe(449)
      // Someone holding only the order id sees the code masked.
      const anonymous = await api.get(`/store/orders/${order.id}?fields=*items.adjustments`, store.headers)
      const masked = anonymous.data.order.items.flatMap((i: any) => (i.adjustments ?? []).map((a: any) => a.code))
      expect(masked[0]).toBe(`••••-••••-${individual.slice(-4)}`)
    })

    it("COUPON-8 whole units in JPY and EUR with tax-inclusive prices: cart total, payment collection and order total", async () => {
      await welcome()
      await coupon({ name: "Euro 7% off", code: "EURO7", benefit_type: "percent", benefit_value: 7, currency_code: "eur" })
      for (const [currency, regionId, code, option, factor] of [
        ["jpy", store.regionId, "WELCOME10", store.shippingOptionId, 1],
        ["eur", store.eur!.regionId, "EURO7", store.eur!.shippingOptionId, 100],
      ] as const) {
        const shop = new Starter(baseUrl, store)
        const cartId = await shop.createCart({ sencha: 1, "tea-bowl": 2, "rice-crackers": 1 }, regionId)
        await shop.typeCode(cartId, code)
        const country = currency === "jpy" ? "jp" : "de"
        const address = { first_name: "Aiko", last_name: "Sato", address_1: "1 Main", city: "Town", country_code: country, postal_code: "10115" }
        await shop.sdk.store.cart.update(cartId, { email: "aiko@example.com", shipping_address: address, billing_address: address }, {}, shop.headers)
        await shop.sdk.store.cart.addShippingMethod(cartId, { option_id: option }, {}, shop.headers)
        const cart = await shop.retrieve(cartId)
        expect(Number(cart.discount_total)).toBeGreaterThan(0)
        expect(Number.isInteger(minor(cart.total, factor))).toBe(true)
        expect(Number(cart.tax_total)).toBeGreaterThan(0)
        const { payment_collection } = await shop.sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" }, {}, shop.headers)
        expect(Number.isInteger(minor(payment_collection.amount, factor))).toBe(true)
        expect(Number(payment_collection.amount)).toBe(Number(cart.total))
        const done = await shop.sdk.store.cart.complete(cartId, {}, shop.headers)
        expect(done.type).toBe("order")
        expect(Number.isInteger(minor((done as any).order.total, factor))).toBe(true)
        expect(Number((done as any).order.total)).toBe(Number(cart.total))
      }
    })

    it("a native Medusa promotion still applies and is removed through the same calls, beside a plugin coupon", async () => {
      await welcome()
      const { data } = await api.post(
        "/admin/promotions",
        {
          code: "STORE100",
          type: "standard",
          status: "active",
          is_automatic: false,
          is_tax_inclusive: true,
          application_method: { type: "fixed", target_type: "order", allocation: "across", value: 100, currency_code: "jpy" },
        },
        admin
      )
      expect(data.promotion.code).toBe("STORE100")
      const shop = new Starter(baseUrl, store)
      const cartId = await shop.createCart({ sencha: 1, "tea-bowl": 1 })
      await shop.typeCode(cartId, "STORE100")
      let seen = await shop.retrieve(cartId)
      expect(seen.promotions.map((p: any) => p.code)).toEqual(["STORE100"])
      expect(Number(seen.discount_total)).toBe(100)
      await shop.typeCode(cartId, "WELCOME10")
      seen = await shop.retrieve(cartId)
      expect(seen.promotions.map((p: any) => p.code).sort()).toEqual(["STORE100", "WELCOME10"])
      await shop.removeCode(cartId, "STORE100")
      seen = await shop.retrieve(cartId)
      expect(seen.promotions.map((p: any) => p.code)).toEqual(["WELCOME10"])
      await shop.sdk.client.fetch(`/store/carts/${cartId}/promotions`, { method: "POST", body: { promo_codes: ["STORE100"] }, headers: shop.headers })
      await shop.sdk.client.fetch(`/store/carts/${cartId}/promotions`, { method: "DELETE", body: { promo_codes: ["STORE100"] }, headers: shop.headers })
      seen = await shop.retrieve(cartId)
      expect(seen.promotions.map((p: any) => p.code)).toEqual(["WELCOME10"])
    })

    it("COUPON-30 no race: 30 parallel applies, replaces and clears on one cart through both routes leave at most one coupon, its own adjustments, and one matching use", async () => {
      await welcome()
      await coupon({ name: "Spring ¥300 off", code: "SPRING300", benefit_type: "fixed_amount", benefit_value: 300 })
      const shop = new Starter(baseUrl, store)
      const cartId = await shop.createCart({ sencha: 1, "tea-bowl": 2 })
      const h = store.headers
      const requests = Array.from({ length: 30 }, (_, i) => {
        switch (i % 5) {
          case 0: return api.post(`/store/carts/${cartId}/coupon`, { code: "WELCOME10" }, h)
          case 1: return api.post(`/store/carts/${cartId}`, { promo_codes: ["SPRING300"] }, h)
          case 2: return api.delete(`/store/carts/${cartId}/coupon`, h)
          case 3: return api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["welcome10"] }, h)
          default: return api.post(`/store/carts/${cartId}`, { promo_codes: i % 2 ? [] : ["SPRING300"] }, h)
        }
      })
      const answers = await Promise.all(requests.map((r) => response(r)))
      expect(answers.filter((a) => a.status >= 500)).toEqual([])
      await api.post(`/store/carts/${cartId}/coupon`, { code: "SPRING300" }, h) // a known end state to check out
      const cart = await shop.retrieve(cartId)
      const adjustmentCodes = cart.items.flatMap((i: any) => (i.adjustments ?? []).map((a: any) => a.code))
      expect(new Set(adjustmentCodes)).toEqual(new Set(["SPRING300"]))
      expect(Number(cart.discount_total)).toBe(300)
      const records = await getContainer().resolve<CouponMarketingModuleService>("coupon_marketing").listCartCoupons({ cart_id: cartId })
      expect(records).toHaveLength(1)
      await prepareCheckout(api, store, cartId)
      const done = await api.post(`/store/carts/${cartId}/complete`, {}, h)
      expect(done.data.type).toBe("order")
      const uses = await getContainer().resolve<CouponMarketingModuleService>("coupon_marketing").listCouponUsages({ cart_id: cartId })
      expect(uses).toHaveLength(1)
      expect(Number(uses[0].discount_total)).toBe(Number(done.data.order.discount_total))
    })

    it("COUPON-30 the end state of a burst is consistent whatever it is", async () => {
      await welcome()
      await coupon({ name: "Spring ¥300 off", code: "SPRING300", benefit_type: "fixed_amount", benefit_value: 300 })
      const shop = new Starter(baseUrl, store)
      const cartId = await shop.createCart({ sencha: 1, "tea-bowl": 2 })
      const h = store.headers
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          response(
            i % 3 === 0
              ? api.post(`/store/carts/${cartId}/coupon`, { code: i % 2 ? "WELCOME10" : "SPRING300" }, h)
              : i % 3 === 1
                ? api.post(`/store/carts/${cartId}`, { promo_codes: [i % 2 ? "SPRING300" : "WELCOME10"] }, h)
                : api.delete(`/store/carts/${cartId}/coupon`, h)
          )
        )
      )
      const records = await getContainer().resolve<CouponMarketingModuleService>("coupon_marketing").listCartCoupons({ cart_id: cartId })
      expect(records.length).toBeLessThanOrEqual(1)
      const cart = await shop.retrieve(cartId)
      const adjustmentCodes = new Set(cart.items.flatMap((i: any) => (i.adjustments ?? []).map((a: any) => a.code)))
      const expected = records[0] ? { WELCOME10: 399, SPRING300: 300 }[records[0].code as "WELCOME10" | "SPRING300"] : 0
      expect([...adjustmentCodes]).toEqual(records[0] ? [records[0].code] : [])
      expect(Number(cart.discount_total)).toBe(expected)
      await prepareCheckout(api, store, cartId)
      const done = await api.post(`/store/carts/${cartId}/complete`, {}, h)
      const uses = await getContainer().resolve<CouponMarketingModuleService>("coupon_marketing").listCouponUsages({ cart_id: cartId })
      expect(uses).toHaveLength(records[0] ? 1 : 0)
      expect(Number(done.data.order.discount_total)).toBe(uses[0] ? Number(uses[0].discount_total) : 0)
    })

    it("an order never carries a plugin discount without its use: a cart whose coupon discount has no coupon is refused at checkout, then repaired", async () => {
      const w = await welcome()
      const shop = new Starter(baseUrl, store)
      const cartId = await shop.createCart({ sencha: 1, "tea-bowl": 2 })
      await prepareCheckout(api, store, cartId)
      // A discount of the coupon's promotion written behind the plugin's back (no coupon recorded).
      const cartModule = getContainer().resolve("cart")
      const promotion = await getContainer().resolve("promotion").retrievePromotion(w.promotion_id)
      const cart = await shop.retrieve(cartId)
      await cartModule.addLineItemAdjustments(cartId, [{ item_id: cart.items[0].id, code: promotion.code!, amount: 100, promotion_id: promotion.id, is_tax_inclusive: true }])
      expect(Number((await shop.retrieve(cartId)).discount_total)).toBe(100)
      // Checkout refuses it in the shopper's words, and the cart is repaired: no discount, no use.
      const first = await response(api.post(`/store/carts/${cartId}/complete`, {}, store.headers))
      expect(first.status).toBe(400)
      expect(first.data.message).toBe("The coupon on your cart changed. Please check your cart and place the order again.")
      const after = await shop.retrieve(cartId)
      expect(Number(after.discount_total)).toBe(0)
      // The payment was refreshed for the new total: pay again, then it completes.
      await prepareCheckout(api, store, cartId)
      const again = await api.post(`/store/carts/${cartId}/complete`, {}, store.headers)
      expect(again.data.type).toBe("order")
      expect(Number(again.data.order.discount_total)).toBe(0)
      expect(await getContainer().resolve<CouponMarketingModuleService>("coupon_marketing").listCouponUsages({ cart_id: cartId })).toHaveLength(0)
    })

    it("an order never carries a plugin discount without its use: checkout itself refuses such a cart when nothing repaired it first", async () => {
      const w = await welcome()
      const shop = new Starter(baseUrl, store)
      const cartId = await shop.createCart({ sencha: 1 })
      await prepareCheckout(api, store, cartId)
      const promotion = await getContainer().resolve("promotion").retrievePromotion(w.promotion_id)
      const cart = await shop.retrieve(cartId)
      await getContainer().resolve("cart").addLineItemAdjustments(cartId, [{ item_id: cart.items[0].id, code: promotion.code!, amount: 100, promotion_id: promotion.id, is_tax_inclusive: true }])
      // Medusa's workflow run directly (not through the store route and its guard).
      const { completeCartWorkflow } = await import("@medusajs/medusa/core-flows")
      const { errors } = await completeCartWorkflow(getContainer()).run({ input: { id: cartId }, throwOnError: false })
      expect(errors[0]?.error?.message).toBe("The coupon on your cart changed. Please check your cart and place the order again.")
      const { data: orders } = await getContainer().resolve("query").graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      expect(orders).toHaveLength(0)
      expect(await getContainer().resolve<CouponMarketingModuleService>("coupon_marketing").listCouponUsages({ cart_id: cartId })).toHaveLength(0)
    })

    it("COUPON-32 the throttle holds: 30 parallel wrong codes on one cart evaluate at most 10; a client behind the proxy cannot reset its address", async () => {
      const shop = new Starter(baseUrl, store)
      const cartId = await shop.createCart({ sencha: 1 })
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) => response(api.post(`/store/carts/${cartId}/coupon`, { code: `WRONG${1000 + i}` }, store.headers)))
      )
      expect(answers.filter((a) => a.status === 400).length).toBeLessThanOrEqual(10)
      expect(answers.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(20)
      expect(answers.filter((a) => a.status !== 400 && a.status !== 429)).toEqual([])
      // The starter's field counts the same way.
      expect((await refusal(shop.typeCode(cartId, "WRONG9999"))).status).toBe(429)

      // Per address: new carts, a rotating first X-Forwarded-For entry, the same client address
      // appended last by the store's one proxy (Medusa trusts one hop).
      const real = `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`
      const statuses: number[] = []
      for (let i = 0; i < 14; i++) {
        const headers = { headers: { ...store.headers.headers, "x-forwarded-for": `192.0.2.${i}, ${real}` } }
        const { data } = await api.post("/store/carts", { region_id: store.regionId }, headers)
        statuses.push((await response(api.post(`/store/carts/${data.cart.id}/coupon`, { code: `GUESS${i}X` }, headers))).status)
      }
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400))
      expect(statuses.slice(10)).toEqual(Array(4).fill(429))
    })

    it("bad input never answers 500: NUL characters and integers beyond their column answer 400 naming the field", async () => {
      const cartId = await new Starter(baseUrl, store).createCart({ sencha: 1 })
      const customer = await loginAsCustomer(api, store, "nul@example.com")
      const cases: Array<[string, () => Promise<unknown>, string]> = [
        ["promo_codes", () => api.post(`/store/carts/${cartId}`, { promo_codes: ["WEL\u0000COME"] }, store.headers), "promo_codes.0"],
        ["coupon code", () => api.post(`/store/carts/${cartId}/coupon`, { code: "AB\u0000CD" }, store.headers), "code"],
        ["deposit currency", () => api.post("/admin/coupon-marketing/budget/deposits", { amount: 100, reason: "x", currency_code: "jp\u0000" }, admin), "currency_code"],
        ["adjustment reason", () => api.post(`/admin/coupon-marketing/points/${customer.customerId}/adjustments`, { points: 5, reason: "a\u0000b" }, admin), "reason"],
        ["exchange offer id", () => api.post("/store/coupon-marketing/me/points/exchanges", { offer_id: "x\u0000" }, customer), "offer_id"],
        ["coupon search", () => api.get("/admin/coupon-marketing/coupons?q=%00", admin), "q"],
        ["adjustment points", () => api.post(`/admin/coupon-marketing/points/${customer.customerId}/adjustments`, { points: 2147483648, reason: "too many" }, admin), "points"],
        ["offer limit", () => api.post("/admin/coupon-marketing/exchange-offers", { name: "x", face_value: 100, threshold: 1000, currency_code: "jpy", points_cost: 10, stock: 1, valid_days: 5, per_customer_limit: 2147483648 }, admin), "per_customer_limit"],
      ]
      cases.push(["offer threshold", () => api.post("/admin/coupon-marketing/exchange-offers", { name: "x", face_value: 100, threshold: 2147483648, currency_code: "jpy", points_cost: 10, stock: 1, valid_days: 5 }, admin), "threshold"])
      const unknown = await response(api.get("/admin/coupon-marketing/points/cus_UNKNOWN", admin))
      expect(unknown.status).toBe(404)
      for (const [what, call, field] of cases) {
        const res = await response(call())
        expect({ what, status: res.status }).toEqual({ what, status: 400 })
        expect(res.data.message).toContain(field)
      }
    })

    it("the cart's owner: only the customer whose cart it is may read, apply or clear its coupon; a guest cart is whoever holds its id", async () => {
      await welcome()
      const member = await loginAsCustomer(api, store, "owner@example.com")
      const shop = new Starter(baseUrl, store, { authorization: member.headers.authorization })
      const cartId = await shop.createCart({ sencha: 1 })
      await shop.typeCode(cartId, "WELCOME10")
      const stranger = { headers: store.headers.headers }
      for (const call of [
        () => api.get(`/store/carts/${cartId}/coupon`, stranger),
        () => api.post(`/store/carts/${cartId}/coupon`, { code: "WELCOME10" }, stranger),
        () => api.delete(`/store/carts/${cartId}/coupon`, stranger),
        () => api.post(`/store/carts/${cartId}`, { promo_codes: [] }, stranger),
      ]) {
        const res = await response(call())
        expect(res.status).toBe(403)
        expect(res.data.message).toBe("This cart belongs to a customer account. Log in to that account to change its coupon.")
      }
      expect((await pluginRecord(cartId))?.code).toBe("WELCOME10")
      // The owner still can.
      await shop.removeCode(cartId, "WELCOME10")
      expect(await pluginRecord(cartId)).toBeNull()

      // A guest cart: whoever holds the id (Medusa's model).
      const guest = new Starter(baseUrl, store)
      const guestCart = await guest.createCart({ sencha: 1 })
      await guest.typeCode(guestCart, "WELCOME10")
      const other = await response(api.delete(`/store/carts/${guestCart}/coupon`, store.headers))
      expect(other.status).toBe(200)
    })
  })
}
