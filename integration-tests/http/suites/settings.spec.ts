import { response, type SuiteContext } from "../../helpers/suite"
import { createPublishableKey, loginAsAdmin } from "../../helpers/auth"

const DEFAULTS = {
  show_code_form: true,
  code_form_position: "above_checkout",
  guide_text: "",
  show_my_coupons: true,
  points_basis: "after_discount",
}


export function settingsSuite({ api, getContainer }: SuiteContext) {
  describe("settings", () => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }

    beforeEach(async () => {
      admin = await loginAsAdmin(getContainer(), api)
      store = await createPublishableKey(getContainer())
    })

    describe("GET/POST /admin/coupon-marketing/settings", () => {
      it("COUPON-1 answers the defaults before the first save", async () => {
        const res = await api.get("/admin/coupon-marketing/settings", admin)
        expect(res.status).toBe(200)
        expect(res.data.settings).toEqual({ ...DEFAULTS, updated_at: null })
      })

      it("answers the store's time zone and the earliest coupon start from the plugin options", async () => {
        const res = await api.get("/admin/coupon-marketing/settings", admin)
        // integration-tests/app/medusa-config.js: timezone Asia/Tokyo, coupons.min_start_lead_minutes left at its default.
        expect(res.data).toMatchObject({ timezone: "Asia/Tokyo", min_start_lead_minutes: 60 })
      })

      it("COUPON-1/2/3 saves, answers the whole record and keeps it", async () => {
        const body = {
          show_code_form: true,
          code_form_position: "below_checkout",
          guide_text: "クーポンは1注文につき1枚までご利用いただけます。",
          show_my_coupons: false,
          points_basis: "before_discount",
        }
        const res = await api.post("/admin/coupon-marketing/settings", body, admin)
        expect(res.status).toBe(200)
        expect(res.data.settings).toMatchObject(body)
        expect(res.data.settings.updated_at).toBeTruthy()

        const again = await api.get("/admin/coupon-marketing/settings", admin)
        expect(again.data.settings).toEqual(res.data.settings)
      })

      it("a partial update keeps the other fields", async () => {
        await api.post("/admin/coupon-marketing/settings", { guide_text: "First" }, admin)
        const res = await api.post("/admin/coupon-marketing/settings", { show_my_coupons: false }, admin)
        expect(res.data.settings).toMatchObject({ ...DEFAULTS, guide_text: "First", show_my_coupons: false })
      })

      it("COUPON-1 accepts a guide text of exactly 5,000 characters", async () => {
        const res = await api.post("/admin/coupon-marketing/settings", { guide_text: "あ".repeat(5000) }, admin)
        expect(res.status).toBe(200)
        expect(res.data.settings.guide_text).toHaveLength(5000)
      })

      it("COUPON-1 refuses a guide text over 5,000 characters with 400 naming guide_text, and saves nothing", async () => {
        const res = await response(
          api.post("/admin/coupon-marketing/settings", { guide_text: "x".repeat(5001), show_my_coupons: false }, admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.type).toBe("invalid_data")
        expect(res.data.message).toContain("guide_text")
        const after = await api.get("/admin/coupon-marketing/settings", admin)
        expect(after.data.settings).toEqual({ ...DEFAULTS, updated_at: null })
      })

      it.each([
        [{ code_form_position: "sideways" }, "code_form_position"],
        [{ show_code_form: "yes" }, "show_code_form"],
        [{ points_basis: "never" }, "points_basis"],
        [{ guide_text: 42 }, "guide_text"],
        [{ colour: "red" }, "colour"],
      ])("refuses %j with 400 naming %s", async (body, field) => {
        const res = await response(api.post("/admin/coupon-marketing/settings", body, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(field)
      })

      it("answers 401 without an admin", async () => {
        const get = await response(api.get("/admin/coupon-marketing/settings"))
        expect(get.status).toBe(401)
        const post = await response(api.post("/admin/coupon-marketing/settings", { guide_text: "x" }))
        expect(post.status).toBe(401)
        const withStoreKeyOnly = await response(api.get("/admin/coupon-marketing/settings", store))
        expect(withStoreKeyOnly.status).toBe(401)
      })

      it("20 simultaneous saves all succeed and leave one consistent record", async () => {
        const texts = Array.from({ length: 20 }, (_, i) => `Guide ${i}`)
        const results = await Promise.all(
          texts.map((guide_text) => api.post("/admin/coupon-marketing/settings", { guide_text }, admin))
        )
        expect(results.map((r) => r.status)).toEqual(texts.map(() => 200))
        const final = await api.get("/admin/coupon-marketing/settings", admin)
        expect(texts).toContain(final.data.settings.guide_text)
      })
    })

    describe("GET /store/coupon-marketing/settings", () => {
      it("COUPON-1/COUPON-2 answers the storefront settings with a publishable key", async () => {
        await api.post(
          "/admin/coupon-marketing/settings",
          { guide_text: "Enter your code", code_form_position: "below_checkout", show_my_coupons: false },
          admin
        )
        const res = await api.get("/store/coupon-marketing/settings", store)
        expect(res.status).toBe(200)
        expect(res.data.settings).toEqual({
          show_code_form: true,
          code_form_position: "below_checkout",
          guide_text: "Enter your code",
          show_my_coupons: false,
          timezone: "Asia/Tokyo",
        })
      })

      it("COUPON-1 a hidden code form shows no guide text", async () => {
        await api.post("/admin/coupon-marketing/settings", { show_code_form: false, guide_text: "x" }, admin)
        const res = await api.get("/store/coupon-marketing/settings", store)
        expect(res.data.settings).toMatchObject({ show_code_form: false, guide_text: "" })
      })

      it("answers 400 without a publishable key", async () => {
        const res = await response(api.get("/store/coupon-marketing/settings"))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/publishable/i)
      })
    })
  })
}
