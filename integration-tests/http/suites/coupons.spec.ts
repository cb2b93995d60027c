import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  HOST_TABLE_COLUMNS,
  HostSql,
  pageAccountCustomerIds,
  pageCustomerGroupMemberIds,
} from "../../../src/modules/coupon-marketing/repositories/host-tables"
import { response, type SuiteContext } from "../../helpers/suite"
import { loginAsAdmin } from "../../helpers/auth"
import { CouponMarketingEvents } from "../../../src/types/events"
import { watchEvents } from "../../helpers/events"
import { activateCoupon, checkout, createCart, prepareCheckout, createTestStore, loginAsCustomer, TestStore } from "../../helpers/store"


const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString()

export function couponsSuite({ api, getContainer }: SuiteContext) {
  describe("coupons", () => {
    let admin: { headers: Record<string, string> }
    let store: TestStore

    beforeEach(async () => {
      admin = await loginAsAdmin(getContainer(), api)
      store = await createTestStore(getContainer())
    })

    const percentCoupon = () => ({
      name: "Tea and tableware 10% off",
      audience: "anyone",
      code_mode: "fixed",
      code: "welcome10",
      validity_type: "window",
      starts_at: inHours(2),
      ends_at: inHours(24 * 30),
      benefit_type: "percent",
      benefit_value: 10,
      currency_code: "JPY",
      condition_type: "none",
      category_ids: [store.categories.tea, store.categories.tableware],
    })

    it("COUPON-8 COUPON-12 COUPON-15 a guest's percent coupon on two categories discounts only eligible items, rounded down", async () => {
      const created = await api.post("/admin/coupon-marketing/coupons", percentCoupon(), admin)
      expect(created.status).toBe(201)
      expect(created.data.coupon).toMatchObject({ code: "WELCOME10", status: "scheduled", uses: 0 })
      // COUPON-15: the coupon owns an active Medusa promotion, whose code is not the shopper's code.
      const promotion = await getContainer().resolve("promotion").retrievePromotion(created.data.coupon.promotion_id)
      expect(promotion).toMatchObject({ status: "active", is_automatic: false })
      expect(promotion.code).not.toBe("WELCOME10")
      await activateCoupon(getContainer(), created.data.coupon.id)

      // Sencha (Green tea ⊂ Tea) ¥1,999 + 2 × Tea bowl ¥1,000 are eligible; rice crackers are not.
      const cartId = await createCart(api, store, { sencha: 1, "tea-bowl": 2, "rice-crackers": 1 })
      const applied = await api.post(`/store/carts/${cartId}/coupon`, { code: "Welcome10" }, store.headers)
      expect(applied.status).toBe(200)
      expect(applied.data.applied).toBe(true)
      expect(applied.data.eligible_total).toBe(3999)
      expect(applied.data.discount_total).toBe(399)
      expect(applied.data.coupon).toMatchObject({ name: "Tea and tableware 10% off", code: "WELCOME10", benefit: "10% off" })
      const cart = applied.data.cart
      expect(Number(cart.discount_total)).toBe(399)
      const crackers = cart.items.find((i: any) => i.variant_id === store.variants["rice-crackers"])
      expect(Number(crackers.discount_total)).toBe(0)
      expect(Number(cart.item_subtotal) - Number(cart.discount_total)).toBe(1999 + 2000 + 5000 - 399)
    })

    it("COUPON-32 an unknown code gets the generic error", async () => {
      const cartId = await createCart(api, store, { sencha: 1 })
      const res = await response(api.post(`/store/carts/${cartId}/coupon`, { code: "NOPE1234" }, store.headers))
      expect(res.status).toBe(400)
      expect(res.data).toMatchObject({ code: "coupon_not_valid", message: "This coupon code is not valid" })
    })

    it("COUPON-4 refuses a bad coupon with 400 naming the field", async () => {
      const res = await response(api.post("/admin/coupon-marketing/coupons", { ...percentCoupon(), benefit_value: 100 }, admin))
      expect(res.status).toBe(400)
      expect(res.data.message).toContain("benefit_value")
      // The field prefix for the admin, then the merchant's words (no internal names, no ISO timestamps).
      expect(res.data.message).toBe("benefit_value: Enter a whole percent from 1 to 99")

      const early = await response(api.post("/admin/coupon-marketing/coupons", { ...percentCoupon(), starts_at: inHours(0.5) }, admin))
      expect(early.status).toBe(400)
      // The earliest start in the store's time zone (the test app's Asia/Tokyo), 1 hour from now by default.
      expect(early.data.message).toMatch(/^starts_at: The coupon must start at (\d{1,2} \w{3} \d{4}, )?\d\d:\d\d \(Asia\/Tokyo\) or later — 1 hour from now$/)

      const gift = await response(
        api.post("/admin/coupon-marketing/coupons", { ...percentCoupon(), benefit_type: "gift_product", benefit_value: null }, admin)
      )
      expect(gift.status).toBe(400)
      expect(gift.data.message).toBe("gift_variant_id: Choose the gift product")
    })

    const membersCoupon = (overrides: Record<string, unknown> = {}) => ({
      name: "Members ¥500 off",
      audience: "members_only",
      code_mode: "fixed",
      code: "MEMBER500",
      validity_type: "window",
      starts_at: inHours(2),
      ends_at: inHours(24 * 30),
      benefit_type: "fixed_amount",
      benefit_value: 500,
      currency_code: "jpy",
      condition_type: "none",
      per_customer_limit: 2,
      ...overrides,
    })

    async function createActive(body: Record<string, unknown>) {
      const { data } = await api.post("/admin/coupon-marketing/coupons", body, admin)
      await activateCoupon(getContainer(), data.coupon.id)
      return data.coupon.id as string
    }

    async function usesOf(id: string) {
      const { data } = await api.get(`/admin/coupon-marketing/coupons/${id}`, admin)
      return data.coupon.uses as number
    }

    it("COUPON-20 a guest's coupon is used by the completed order, with the exact discount", async () => {
      const id = await createActive(percentCoupon())
      const cartId = await createCart(api, store, { sencha: 1, "tea-bowl": 2, "rice-crackers": 1 })
      await api.post(`/store/carts/${cartId}/coupon`, { code: "WELCOME10" }, store.headers)
      const completed = await checkout(api, store, cartId)
      expect(completed.data.type).toBe("order")
      const order = completed.data.order
      expect(Number(order.discount_total)).toBe(399)
      expect(Number(order.item_subtotal)).toBe(8999)
      expect(await usesOf(id)).toBe(1)
    })

    /**
     * Journeys with many cart recalculations and concurrent checkouts. `.ci/run` also runs them
     * against the machine's Postgres server and Redis (the scale-out set-up).
     */
    describe("checkout journeys", () => {
      it("COUPON-30 COUPON-34 a second code replaces the first; clearing removes it", async () => {
        const first = (await api.post("/admin/coupon-marketing/coupons", percentCoupon(), admin)).data.coupon.id
        await activateCoupon(getContainer(), first)
        const second = (
          await api.post(
            "/admin/coupon-marketing/coupons",
            { ...percentCoupon(), name: "¥300 off", code: "TEA300", benefit_type: "fixed_amount", benefit_value: 300, category_ids: [] },
            admin
          )
        ).data.coupon.id
        await activateCoupon(getContainer(), second)
        const cartId = await createCart(api, store, { sencha: 1, "rice-crackers": 1 })
        const a = await api.post(`/store/carts/${cartId}/coupon`, { code: "WELCOME10" }, store.headers)
        expect(Number(a.data.cart.discount_total)).toBe(199)
        const b = await api.post(`/store/carts/${cartId}/coupon`, { code: "TEA300" }, store.headers)
        expect(b.data.coupon.code).toBe("TEA300")
        expect(Number(b.data.cart.discount_total)).toBe(300)
        const cleared = await api.delete(`/store/carts/${cartId}/coupon`, store.headers)
        expect(cleared.data.coupon).toBeNull()
        expect(Number(cleared.data.cart.discount_total)).toBe(0)
      })

      it("COUPON-33 below the minimum the coupon is held, not applied, with the amount still needed", async () => {
        const id = (
          await api.post("/admin/coupon-marketing/coupons", { ...percentCoupon(), condition_type: "min_total", condition_value: 5000 }, admin)
        ).data.coupon.id
        await activateCoupon(getContainer(), id)
        const cartId = await createCart(api, store, { sencha: 1, "tea-bowl": 2, "rice-crackers": 1 })
        const res = await api.post(`/store/carts/${cartId}/coupon`, { code: "WELCOME10" }, store.headers)
        expect(res.data.applied).toBe(false)
        expect(res.data.message).toBe("Add ¥1,001 more of eligible items to use this coupon")
        expect(Number(res.data.cart.discount_total)).toBe(0)
        // Reaching the minimum by adding items applies it, without applying the code again.
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: store.variants.matcha, quantity: 1 }, store.headers)
        const now = await api.get(`/store/carts/${cartId}/coupon`, store.headers)
        expect(now.data).toMatchObject({ applied: true, message: null, eligible_total: 6999, discount_total: 699 })
        expect(Number(now.data.cart.discount_total)).toBe(699)
        // Falling below it again removes the discount and brings the message back.
        const matchaLine = now.data.cart.items.find((i: any) => i.variant_id === store.variants.matcha)
        await api.delete(`/store/carts/${cartId}/line-items/${matchaLine.id}`, store.headers)
        const held = await api.get(`/store/carts/${cartId}/coupon`, store.headers)
        expect(held.data).toMatchObject({ applied: false, message: "Add ¥1,001 more of eligible items to use this coupon" })
        expect(Number(held.data.cart.discount_total)).toBe(0)
      })

    it("COUPON-31 COUPON-13 COUPON-21 members-only code: login required, 2 uses per person, cancel gives one back once", async () => {
      const id = await createActive(membersCoupon())
      const events = watchEvents(getContainer())
      const guestCart = await createCart(api, store, { sencha: 1 })
      const guest = await response(api.post(`/store/carts/${guestCart}/coupon`, { code: "MEMBER500" }, store.headers))
      expect(guest.status).toBe(400)
      expect(guest.data).toMatchObject({ code: "login_required", message: "Log in to use this coupon" })

      const shopper = await loginAsCustomer(api, store, "member@example.com")
      const orders: string[] = []
      for (let i = 0; i < 2; i++) {
        const cartId = await createCart(api, store, { "tea-bowl": 1 }, shopper)
        const applied = await api.post(`/store/carts/${cartId}/coupon`, { code: "member500" }, shopper)
        expect(applied.data.discount_total).toBe(500)
        const done = await checkout(api, store, cartId, shopper)
        expect(done.data.type).toBe("order")
        expect(Number(done.data.order.discount_total)).toBe(500)
        orders.push(done.data.order.id)
      }
      expect(await usesOf(id)).toBe(2)

      const third = await createCart(api, store, { "tea-bowl": 1 }, shopper)
      const refused = await response(api.post(`/store/carts/${third}/coupon`, { code: "MEMBER500" }, shopper))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("This coupon code is not valid")

      await api.post(`/admin/orders/${orders[0]}/cancel`, {}, admin)
      // order.canceled is delivered asynchronously; deliver it a second time ourselves as a
      // redelivering event bus would.
      const handler = (await import("../../../src/subscribers/order-canceled")).default
      await handler({ event: { name: "order.canceled", data: { id: orders[0] } }, container: getContainer() } as never)
      await handler({ event: { name: "order.canceled", data: { id: orders[0] } }, container: getContainer() } as never)
      await new Promise((r) => setTimeout(r, 500))
      expect(await usesOf(id)).toBe(1)

      const again = await api.post(`/store/carts/${third}/coupon`, { code: "MEMBER500" }, shopper)
      expect(again.data.applied).toBe(true)

      // The coupon events, with the ids analytics needs: applied on every apply (the refused ones
      // emit nothing), used once per order (the complete route and order.placed both try), and
      // released once for the canceled order (three deliveries of order.canceled).
      const promotionId = (await getContainer().resolve<any>("coupon_marketing").listCoupons({ id })).at(0).promotion_id
      const customerId = (await getContainer().resolve<any>("coupon_marketing").listCouponUsages({ order_id: orders[0] })).at(0).customer_id
      expect(customerId).toMatch(/^cus_/)
      const applied = events.of(CouponMarketingEvents.COUPON_APPLIED).filter((e) => e.coupon_id === id)
      expect(applied).toHaveLength(3)
      expect(applied[2]).toEqual({
        coupon_id: id, promotion_id: promotionId, code: "MEMBER500", code_id: null, customer_id: customerId,
        cart_id: third, discount_amount: 500, currency_code: "jpy",
      })
      const used = events.of(CouponMarketingEvents.COUPON_USED).filter((e) => e.coupon_id === id)
      expect(used.map((e) => e.order_id).sort()).toEqual([...orders].sort())
      expect(used.find((e) => e.order_id === orders[0])).toEqual({
        coupon_id: id, promotion_id: promotionId, usage_id: expect.stringMatching(/^cpuse_/), code: "MEMBER500", code_id: null,
        customer_id: customerId, cart_id: expect.any(String), order_id: orders[0], discount_amount: 500, currency_code: "jpy",
      })
      const released = events.of(CouponMarketingEvents.COUPON_USE_RELEASED)
      expect(released).toEqual([used.find((e) => e.order_id === orders[0])])
      events.restore()
    })

    it("COUPON-13 30 simultaneous checkouts of one customer on a 1-per-person code: exactly 1 order uses it", async () => {
      const id = await createActive(membersCoupon({ code: "ONCEONLY", per_customer_limit: 1 }))
      const shopper = await loginAsCustomer(api, store, "rush@example.com")
      const carts: string[] = []
      for (let i = 0; i < 30; i++) {
        const cartId = await createCart(api, store, { "tea-bowl": 1 }, shopper)
        await api.post(`/store/carts/${cartId}/coupon`, { code: "ONCEONLY" }, shopper)
        await prepareCheckout(api, store, cartId, shopper)
        carts.push(cartId)
      }
      const results = await Promise.all(carts.map((cartId) => response(api.post(`/store/carts/${cartId}/complete`, {}, shopper))))
      const withCoupon = results.filter((r) => r.data?.type === "order" && Number(r.data.order.discount_total) === 500)
      expect(withCoupon).toHaveLength(1)
      expect(await usesOf(id)).toBe(1)
      const refused = results.filter((r) => r.status === 400)
      expect(refused.length).toBe(29)
      refused.forEach((r) => expect(r.data.message).toContain("This coupon code is not valid"))
    })

    it("COUPON-13 30 customers checking out at once on a code with a total limit of 10: exactly 10 orders use it", async () => {
      const id = await createActive(membersCoupon({ code: "FIRSTTEN", per_customer_limit: 1, total_limit: 10 }))
      const carts: { cartId: string; shopper: { headers: Record<string, string> } }[] = []
      for (let i = 0; i < 30; i++) {
        const shopper = await loginAsCustomer(api, store, `crowd${i}@example.com`)
        const cartId = await createCart(api, store, { "tea-bowl": 1 }, shopper)
        const applied = await api.post(`/store/carts/${cartId}/coupon`, { code: "FIRSTTEN" }, shopper)
        expect(applied.data.applied).toBe(true)
        await prepareCheckout(api, store, cartId, shopper)
        carts.push({ cartId, shopper })
      }
      const results = await Promise.all(carts.map(({ cartId, shopper }) => response(api.post(`/store/carts/${cartId}/complete`, {}, shopper))))
      const withCoupon = results.filter((r) => r.data?.type === "order" && Number(r.data.order.discount_total) === 500)
      expect(withCoupon).toHaveLength(10)
      expect(await usesOf(id)).toBe(10)
      const refused = results.filter((r) => r.status === 400)
      expect(refused).toHaveLength(20)
      refused.forEach((r) => expect(r.data.message).toContain("This coupon code is not valid"))
    })
    })

    it("COUPON-8 free shipping needs every item eligible; a gift product is added at 0 and removed on clear", async () => {
      await createActive({ ...percentCoupon(), name: "Free shipping on tea", code: "FREESHIP", benefit_type: "free_shipping", benefit_value: null, category_ids: [store.categories.tea] })
      const mixed = await createCart(api, store, { sencha: 1, "rice-crackers": 1 })
      await prepareCheckout(api, store, mixed)
      const refused = await api.post(`/store/carts/${mixed}/coupon`, { code: "FREESHIP" }, store.headers)
      expect(refused.data).toMatchObject({ applied: false, message: "Free shipping applies only when every item in the cart is eligible for this coupon" })
      expect(Number(refused.data.cart.shipping_methods[0].discount_total)).toBe(0)
      expect(Number(refused.data.cart.total)).toBe(1999 + 5000 + 500)

      const teaOnly = await createCart(api, store, { sencha: 1, matcha: 1 })
      await prepareCheckout(api, store, teaOnly)
      const free = await api.post(`/store/carts/${teaOnly}/coupon`, { code: "FREESHIP" }, store.headers)
      expect(free.data.applied).toBe(true)
      expect(Number(free.data.cart.shipping_methods[0].discount_total)).toBe(500)
      expect(Number(free.data.cart.total)).toBe(1999 + 3000)
      // COUPON-9: items are not touched by a free-shipping coupon.
      free.data.cart.items.forEach((i: any) => expect(Number(i.discount_total)).toBe(0))

      await createActive({ ...percentCoupon(), name: "A tea bowl on us", code: "GIFTBOWL", benefit_type: "gift_product", benefit_value: null, gift_variant_id: store.variants["tea-bowl"], category_ids: [] })
      const cartId = await createCart(api, store, { sencha: 1 })
      const gift = await api.post(`/store/carts/${cartId}/coupon`, { code: "GIFTBOWL" }, store.headers)
      expect(gift.data.applied).toBe(true)
      const giftLine = gift.data.cart.items.find((i: any) => i.metadata?.coupon_marketing_gift)
      expect(giftLine).toMatchObject({ variant_id: store.variants["tea-bowl"], quantity: 1 })
      expect(Number(giftLine.unit_price)).toBe(1000)
      expect(Number(giftLine.total)).toBe(0)
      expect(Number(gift.data.cart.total)).toBe(1999)
      const cleared = await api.delete(`/store/carts/${cartId}/coupon`, store.headers)
      expect(cleared.data.cart.items.map((i: any) => i.variant_id)).toEqual([store.variants.sencha])
      expect(Number(cleared.data.cart.total)).toBe(1999)
    })

    it("COUPON-14 COUPON-17 COUPON-18 the 101st live coupon is refused; deleting stops a code at once; ended coupons are frozen", async () => {
      const service = getContainer().resolve("coupon_marketing") as any
      const filler = (i: number) => ({
        ...percentCoupon(), name: `Filler ${i}`, code: `FILLER${i}X`, category_ids: [],
        starts_at: new Date(Date.now() + 2 * 3600_000), ends_at: new Date(Date.now() + 48 * 3600_000),
      })
      await service.createCoupons(Array.from({ length: 99 }, (_, i) => filler(i)))
      const id = await createActive(percentCoupon()) // the 100th
      const refused = await response(api.post("/admin/coupon-marketing/coupons", { ...percentCoupon(), code: "ONEMORE" }, admin))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("At most 100 coupons can be scheduled or active at once (100 already are)")

      // COUPON-18: a cart holding the coupon loses it at its next recalculation; the code stops working.
      const cartId = await createCart(api, store, { sencha: 1 })
      expect((await api.post(`/store/carts/${cartId}/coupon`, { code: "WELCOME10" }, store.headers)).data.discount_total).toBe(199)
      expect((await api.delete(`/admin/coupon-marketing/coupons/${id}`, admin)).data).toEqual({ id, object: "coupon", deleted: true })
      const other = await createCart(api, store, { sencha: 1 })
      const gone = await response(api.post(`/store/carts/${other}/coupon`, { code: "WELCOME10" }, store.headers))
      expect(gone.data).toMatchObject({ code: "coupon_not_valid", message: "This coupon code is not valid" })
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: store.variants.sencha, quantity: 1 }, store.headers)
      const { data: held } = await api.get(`/store/carts/${cartId}`, store.headers)
      expect(Number(held.cart.discount_total)).toBe(0)
      // With one coupon deleted, there is room for one more.
      expect((await api.post("/admin/coupon-marketing/coupons", { ...percentCoupon(), code: "ONEMORE" }, admin)).status).toBe(201)

      // COUPON-17: an ended coupon can be neither edited nor deleted.
      const [old] = await service.createCoupons([{ ...filler(100), code: "OLDONE" }])
      await service.updateCoupons({ id: old.id, starts_at: new Date(Date.now() - 48 * 3600_000), ends_at: new Date(Date.now() - 3600_000) })
      const edit = await response(api.post(`/admin/coupon-marketing/coupons/${old.id}`, { name: "Renamed" }, admin))
      expect(edit.status).toBe(400)
      expect(edit.data.message).toContain("An ended coupon cannot be edited")
      const del = await response(api.delete(`/admin/coupon-marketing/coupons/${old.id}`, admin))
      expect(del.status).toBe(400)
      expect(del.data.message).toContain("has ended and cannot be deleted")
      expect((await api.get(`/admin/coupon-marketing/coupons/${old.id}`, admin)).data.coupon.status).toBe("ended")
    })

    it("COUPON-9 the coupon applies after the store's automatic promotions, judged on the total before them, never below 0", async () => {
      // An automatic ¥800 off every Tea bowl line (the store's own volume discount).
      await api.post(
        "/admin/promotions",
        {
          code: "AUTO-BOWL", type: "standard", status: "active", is_automatic: true,
          application_method: {
            type: "fixed", target_type: "items", allocation: "each", value: 800, max_quantity: 1, currency_code: "jpy",
            target_rules: [{ attribute: "items.product.id", operator: "in", values: [store.products["tea-bowl"]] }],
          },
        },
        admin
      )
      // ¥1,500 off tableware with a minimum of ¥1,000: the bowl's ¥1,000 counts before the ¥800.
      await createActive({ ...percentCoupon(), code: "BOWL1500", benefit_type: "fixed_amount", benefit_value: 1500, condition_type: "min_total", condition_value: 1000, category_ids: [store.categories.tableware] })
      const cartId = await createCart(api, store, { "tea-bowl": 1, sencha: 1 })
      const applied = await api.post(`/store/carts/${cartId}/coupon`, { code: "BOWL1500" }, store.headers)
      expect(applied.data).toMatchObject({ applied: true, eligible_total: 1000 })
      const bowl = applied.data.cart.items.find((i: any) => i.variant_id === store.variants["tea-bowl"])
      // ¥800 automatic + at most the ¥200 left of the line: the bowl is free, never negative.
      expect(Number(bowl.discount_total)).toBe(1000)
      expect(Number(bowl.total)).toBe(0)
      const sencha = applied.data.cart.items.find((i: any) => i.variant_id === store.variants.sencha)
      expect(Number(sencha.discount_total)).toBe(0)
      expect(Number(applied.data.cart.total)).toBe(1999)
    })

    it("COUPON-8 a store promotion code added with Medusa's own route keeps the coupon's amounts exact", async () => {
      await createActive(percentCoupon())
      await api.post(
        "/admin/promotions",
        {
          code: "STORE100", type: "standard", status: "active", is_automatic: false,
          application_method: { type: "fixed", target_type: "order", allocation: "across", value: 100, currency_code: "jpy" },
        },
        admin
      )
      const cartId = await createCart(api, store, { sencha: 1, "rice-crackers": 1 })
      await api.post(`/store/carts/${cartId}/coupon`, { code: "WELCOME10" }, store.headers)
      const { data } = await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["STORE100"] }, store.headers)
      // The coupon's own adjustments (shown with the code the shopper typed) are whole yen; the
      // store's ¥100 is Medusa's to spread as it likes.
      const coupon = data.cart.items.flatMap((i: any) => i.adjustments.filter((a: any) => a.code === "WELCOME10"))
      expect(coupon.map((a: any) => Number(a.amount))).toEqual([199])
      // ¥199 (10 % of ¥1,999, rounded down) + ¥100.
      expect(Number(data.cart.discount_total)).toBe(299)
      const { data: state } = await api.get(`/store/carts/${cartId}/coupon`, store.headers)
      expect(state).toMatchObject({ applied: true, discount_total: 199 })
    })

    it("COUPON-32 the 11th failed attempt in a minute from one cart is refused with 429", async () => {
      const cartId = await createCart(api, store, { sencha: 1 })
      for (let i = 0; i < 10; i++) {
        const res = await response(api.post(`/store/carts/${cartId}/coupon`, { code: `WRONG${i}X` }, store.headers))
        expect(res.status).toBe(400)
      }
      const blocked = await response(api.post(`/store/carts/${cartId}/coupon`, { code: "WRONGAGAIN" }, store.headers))
      expect(blocked.status).toBe(429)
      expect(blocked.data.code).toBe("too_many_attempts")
      // Per IP as well: a new cart from the same address is still blocked …
      const other = await createCart(api, store, { sencha: 1 })
      expect((await response(api.post(`/store/carts/${other}/coupon`, { code: "WRONG" }, store.headers))).status).toBe(429)
      // … while another shopper's address is not.
      const elsewhere = { headers: { ...store.headers.headers, "x-forwarded-for": "192.0.2.77" } }
      const third = await createCart(api, store, { sencha: 1 }, elsewhere)
      expect((await response(api.post(`/store/carts/${third}/coupon`, { code: "WRONG" }, elsewhere))).status).toBe(400)
    })

    it("Medusa's schema: every table and column the plugin's SQL on Medusa's tables reads still exists", async () => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as HostSql
      const tables = Object.keys(HOST_TABLE_COLUMNS)
      const { rows } = await (pg as unknown as { raw: (sql: string, b: unknown[]) => Promise<{ rows: { table_name: string; column_name: string }[] }> }).raw(
        `select table_name, column_name from information_schema.columns where table_schema = current_schema() and table_name = any(?)`,
        [tables]
      )
      const present = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`))
      const missing = Object.entries(HOST_TABLE_COLUMNS).flatMap(([table, columns]) =>
        columns.map((column) => `${table}.${column}`).filter((c) => !present.has(c))
      )
      expect(missing).toEqual([])
      // And the statements run against it: a member of a group, a customer with an account.
      const customers = getContainer().resolve(Modules.CUSTOMER)
      const [member] = await customers.createCustomers([{ email: "schema-check@example.com", has_account: true }])
      const group = await customers.createCustomerGroups({ name: "Schema check" })
      await customers.addCustomerToGroup({ customer_id: member.id, customer_group_id: group.id })
      expect(await pageCustomerGroupMemberIds(pg, group.id, "", 10)).toEqual([member.id])
      expect(await pageAccountCustomerIds(pg, "", 10_000)).toContain(member.id)
      expect(await pageAccountCustomerIds(pg, member.id, 10)).not.toContain(member.id)
    })

    it("POINTS-5 offer-impact: a free coupon deeper than an exchange offer names the offer it would hide; a shallower one, another benefit or an edit that keeps it shallow, none; nothing is written", async () => {
      await api.post("/admin/coupon-marketing/budget/deposits", { amount: 100_000, reason: "Double 11", currency_code: "jpy" }, admin)
      const { data } = await api.post(
        "/admin/coupon-marketing/exchange-offers",
        { name: "¥55 off ¥299", face_value: 55, threshold: 299, currency_code: "jpy", points_cost: 20, stock: 10, per_customer_limit: 2, valid_days: 30 },
        admin
      )
      const offer = data.exchange_offer
      const free = (amount: number, code: string) => ({
        name: `Free ${amount} off 299`, audience: "anyone", code_mode: "fixed", code, validity_type: "window", starts_at: inHours(2),
        ends_at: inHours(48), benefit_type: "fixed_amount", benefit_value: amount, currency_code: "jpy", condition_type: "min_total",
        condition_value: 299, category_ids: [],
      })
      const impact = async (body: Record<string, unknown>) =>
        response(api.post("/admin/coupon-marketing/coupons/offer-impact", body, admin))

      // Deeper (60 off 299 beats 55 off 299): the offer would be hidden, said with currency signs.
      const hides = await impact(free(60, "FREE60"))
      expect(hides.status).toBe(200)
      expect(hides.data.offers).toEqual([{ id: offer.id, name: "¥55 off ¥299", message: expect.stringContaining('"Free 60 off 299"') }])
      expect(hides.data.offers[0].message).toContain("¥60 off over ¥299")
      expect(hides.data.offers[0].message).toContain("¥55 off over ¥299")
      // Partial bodies are answered (the form asks as the admin types).
      expect((await impact({ benefit_type: "fixed_amount", benefit_value: 300, currency_code: "jpy" })).data.offers).toHaveLength(1)

      // Not deeper, another currency, another benefit, no amount yet: nothing hidden.
      expect((await impact(free(50, "FREE50"))).data.offers).toEqual([])
      expect((await impact({ ...free(60, "FREE60"), currency_code: "usd" })).data.offers).toEqual([])
      expect((await impact({ ...free(60, "FREE60"), benefit_type: "percent", benefit_value: 10 })).data.offers).toEqual([])
      expect((await impact({ name: "Draft" })).data.offers).toEqual([])

      // Editing: the stored coupon with the body's changes.
      const stored = (await api.post("/admin/coupon-marketing/coupons", free(50, "FREE50"), admin)).data.coupon
      expect((await impact({ coupon_id: stored.id })).data.offers).toEqual([])
      expect((await impact({ coupon_id: stored.id, benefit_value: 70 })).data.offers).toEqual([
        expect.objectContaining({ id: offer.id, message: expect.stringContaining('"Free 50 off 299"') }),
      ])
      // Nothing was written: the offer is still shown to shoppers.
      const after = (await api.get(`/admin/coupon-marketing/exchange-offers/${offer.id}`, admin)).data.exchange_offer
      expect(after.compliance).toBe("compliant")

      // The create validator, partial: bad fields named, unknown ones refused, an unknown coupon 404.
      const bad = await impact({ benefit_value: "sixty" })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("benefit_value")
      const unknown = await impact({ colour: "red" })
      expect(unknown.status).toBe(400)
      expect((await impact({ coupon_id: "cmcp_missing" })).status).toBe(404)
    })
  })
}
