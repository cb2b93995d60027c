import { response, type SuiteContext } from "../../helpers/suite"
import { loginAsAdmin } from "../../helpers/auth"
import { activateCoupon, createCart, createTestStore, TestStore } from "../../helpers/store"


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

    it("COUPON-8 COUPON-12 a guest's percent coupon on two categories discounts only eligible items, rounded down", async () => {
      const created = await api.post("/admin/coupon-marketing/coupons", percentCoupon(), admin)
      expect(created.status).toBe(201)
      expect(created.data.coupon).toMatchObject({ code: "WELCOME10", status: "scheduled", uses: 0 })
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
    })
  })
}
