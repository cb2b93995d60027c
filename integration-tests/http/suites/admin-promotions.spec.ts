import { response, type SuiteContext } from "../../helpers/suite"
import { loginAsAdmin } from "../../helpers/auth"
import { activateCoupon, createCart, createTestStore, TestStore } from "../../helpers/store"

const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString()

type ListedPromotion = {
  id: string
  code: string
  status: string
  campaign: { id: string; name: string; campaign_identifier: string; starts_at: string | null; ends_at: string | null; budget?: unknown } | null
}

/** The status Medusa's Promotions list shows (dashboard `getPromotionStatus`, 2.21.2). */
function dashboardStatus(p: ListedPromotion, now = new Date()): string {
  const c = p.campaign
  if (c?.starts_at && new Date(c.starts_at) > now) return "scheduled"
  if (c?.ends_at && new Date(c.ends_at) < now) return "expired"
  return p.status
}

/** What Medusa's own Promotions list and its coupons' campaigns look like. */
export function adminPromotionsSuite({ api, getContainer }: SuiteContext) {
  describe("coupons in Medusa's Promotions list", () => {
    let admin: { headers: Record<string, string> }
    let store: TestStore

    beforeEach(async () => {
      admin = await loginAsAdmin(getContainer(), api)
      store = await createTestStore(getContainer())
    })

    const fixedCoupon = (overrides: Record<string, unknown> = {}) => ({
      name: "Spring 10% off",
      audience: "anyone",
      code_mode: "fixed",
      code: "spring10",
      validity_type: "window",
      starts_at: inHours(2),
      ends_at: inHours(24 * 7),
      benefit_type: "percent",
      benefit_value: 10,
      currency_code: "jpy",
      condition_type: "none",
      category_ids: [],
      ...overrides,
    })

    async function listed(promotionId: string): Promise<ListedPromotion | undefined> {
      const { data } = await api.get(`/admin/promotions?fields=id,code,status,*campaign&limit=100`, admin)
      return data.promotions.find((p: ListedPromotion) => p.id === promotionId)
    }

    it("a fixed coupon's promotion reads CM-<its code>-…, in a campaign with its name and window, Scheduled in the list; edits move it, deleting removes it", async () => {
      const { data } = await api.post("/admin/coupon-marketing/coupons", fixedCoupon(), admin)
      const coupon = data.coupon
      expect(coupon.status).toBe("scheduled")

      const promotion = await listed(coupon.promotion_id)
      expect(promotion).toBeDefined()
      expect(promotion!.code).toMatch(/^CM-SPRING10-[0-9A-F]{6}$/)
      expect(promotion!.code).toBe(coupon.promotion_code ?? promotion!.code)
      expect(promotion!.campaign).toMatchObject({ name: "Spring 10% off", campaign_identifier: coupon.id })
      expect(new Date(promotion!.campaign!.starts_at!).toISOString()).toBe(new Date(coupon.starts_at).toISOString())
      expect(new Date(promotion!.campaign!.ends_at!).toISOString()).toBe(new Date(coupon.ends_at).toISOString())
      expect(promotion!.status).toBe("active")
      expect(dashboardStatus(promotion!)).toBe("scheduled")

      // Editing the name and window moves the campaign with it.
      const starts_at = inHours(5)
      const ends_at = inHours(24 * 10)
      const edited = await api.post(`/admin/coupon-marketing/coupons/${coupon.id}`, { name: "Spring 10% off (extended)", starts_at, ends_at }, admin)
      expect(edited.status).toBe(200)
      const moved = await listed(coupon.promotion_id)
      expect(moved!.campaign).toMatchObject({ id: promotion!.campaign!.id, name: "Spring 10% off (extended)" })
      expect(new Date(moved!.campaign!.starts_at!).toISOString()).toBe(new Date(starts_at).toISOString())
      expect(new Date(moved!.campaign!.ends_at!).toISOString()).toBe(new Date(ends_at).toISOString())
      expect(dashboardStatus(moved!)).toBe("scheduled")

      // Deleting the coupon leaves neither promotion nor campaign.
      expect((await api.delete(`/admin/coupon-marketing/coupons/${coupon.id}`, admin)).status).toBe(200)
      expect(await listed(coupon.promotion_id)).toBeUndefined()
      const promotionModule = getContainer().resolve("promotion")
      expect(await promotionModule.listCampaigns({ campaign_identifier: coupon.id })).toHaveLength(0)
      const { data: campaigns } = await api.get(`/admin/campaigns?limit=100`, admin)
      expect(campaigns.campaigns.map((c: { id: string }) => c.id)).not.toContain(promotion!.campaign!.id)
    })

    it("after activateCoupon the campaign has started too: Active in the list, and the coupon applies at the cart", async () => {
      const { data } = await api.post("/admin/coupon-marketing/coupons", fixedCoupon({ code: "ACTIVE10" }), admin)
      await activateCoupon(getContainer(), data.coupon.id)
      const promotion = await listed(data.coupon.promotion_id)
      expect(new Date(promotion!.campaign!.starts_at!).getTime()).toBeLessThan(Date.now())
      expect(dashboardStatus(promotion!)).toBe("active")

      const cartId = await createCart(api, store, { "tea-bowl": 2 })
      const applied = await api.post(`/store/carts/${cartId}/coupon`, { code: "active10" }, store.headers)
      expect(applied.data).toMatchObject({ applied: true, discount_total: 200 })
      expect(Number(applied.data.cart.discount_total)).toBe(200)
    })

    it("an individual-code coupon's promotion carries its name's slug; relative validity gives a campaign without dates", async () => {
      const { data } = await api.post("/admin/coupon-marketing/coupons", {
        name: "VIP ¥500 off",
        audience: "all_customers",
        code_mode: "individual",
        validity_type: "relative",
        valid_days: 30,
        benefit_type: "fixed_amount",
        benefit_value: 500,
        currency_code: "jpy",
        condition_type: "none",
      }, admin)
      const promotion = await listed(data.coupon.promotion_id)
      expect(promotion!.code).toMatch(/^CM-VIP-500-OFF-[0-9A-F]{6}$/)
      expect(promotion!.campaign).toMatchObject({ name: "VIP ¥500 off", campaign_identifier: data.coupon.id, starts_at: null, ends_at: null })
      expect(dashboardStatus(promotion!)).toBe("active")
    })

    it("an exchange offer's coupon gets the same: a readable code and a campaign", async () => {
      const { data } = await api.post("/admin/coupon-marketing/exchange-offers", {
        name: "¥55 off ¥299",
        face_value: 55,
        threshold: 299,
        currency_code: "jpy",
        points_cost: 20,
        stock: 10,
        valid_days: 30,
      }, admin)
      const coupon = (await api.get(`/admin/coupon-marketing/coupons/${data.exchange_offer.coupon_id}`, admin)).data.coupon
      const promotion = await listed(coupon.promotion_id)
      expect(promotion!.code).toMatch(/^CM-55-OFF-299-[0-9A-F]{6}$/)
      expect(promotion!.campaign).toMatchObject({ name: "¥55 off ¥299", campaign_identifier: coupon.id })
    })

    it("a refused coupon creates no campaign", async () => {
      const promotionModule = getContainer().resolve("promotion")
      const before = (await promotionModule.listCampaigns({})).length
      // A second coupon with the same fixed code is refused: one campaign, not two.
      expect((await api.post("/admin/coupon-marketing/coupons", fixedCoupon({ code: "ONCE10" }), admin)).status).toBe(201)
      const again = await response(api.post("/admin/coupon-marketing/coupons", fixedCoupon({ code: "ONCE10" }), admin))
      expect(again.status).toBe(400)
      expect((await promotionModule.listCampaigns({})).length).toBe(before + 1)
    })
  })
}
