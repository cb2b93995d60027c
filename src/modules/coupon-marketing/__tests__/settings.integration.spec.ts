import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { COUPON_MARKETING_MODULE } from ".."
import CouponMarketingModuleService from "../service"
import { CouponSettings } from "../models/coupon-settings"
import { DEFAULT_COUPON_SETTINGS } from "../../../types/settings"

jest.setTimeout(60000)

moduleIntegrationTestRunner<CouponMarketingModuleService>({
  moduleName: COUPON_MARKETING_MODULE,
  resolve: "./src/modules/coupon-marketing",
  moduleModels: [CouponSettings],
  moduleOptions: { timezone: "Asia/Tokyo" },
  testSuite: ({ service }) => {
    describe("CouponMarketingModuleService settings", () => {
      it("hands the parsed options to subscribers and jobs", () => {
        expect(service.getOptions()).toMatchObject({ timezone: "Asia/Tokyo", points: { earn_points: 1, earn_per_amount: 100 } })
      })

      it("COUPON-1 answers the defaults before anything is saved, without writing a row", async () => {
        expect(await service.getStoreSettings()).toEqual({ ...DEFAULT_COUPON_SETTINGS, updated_at: null })
        expect(await service.listCouponSettings()).toHaveLength(0)
      })

      it("COUPON-1/2/3 saves a subset of fields and keeps the others", async () => {
        await service.saveStoreSettings({ guide_text: "One coupon per order", code_form_position: "below_checkout" })
        const saved = await service.saveStoreSettings({ show_my_coupons: false, points_basis: "before_discount" })
        expect(saved).toMatchObject({
          show_code_form: true,
          code_form_position: "below_checkout",
          guide_text: "One coupon per order",
          show_my_coupons: false,
          points_basis: "before_discount",
        })
        expect(saved.updated_at).toBeTruthy()
        expect(await service.getStoreSettings()).toEqual(saved)
      })

      it("keeps a single settings row under 30 concurrent first saves", async () => {
        const texts = Array.from({ length: 30 }, (_, i) => `guide ${i}`)
        const results = await Promise.all(texts.map((guide_text) => service.saveStoreSettings({ guide_text })))
        expect(results).toHaveLength(30)
        const rows = await service.listCouponSettings()
        expect(rows).toHaveLength(1)
        expect(texts).toContain(rows[0].guide_text)
      })

      it("refuses a value the database does not allow", async () => {
        await expect(
          service.saveStoreSettings({ code_form_position: "sideways" as never })
        ).rejects.toThrow()
        expect(await service.listCouponSettings()).toHaveLength(0)
      })
    })
  },
})
