import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { CouponSettingsValues } from "../../../types/settings"
import { pickSettingsValues } from "../../../modules/coupon-marketing/domain/settings"

export const saveCouponSettingsStepId = "coupon-marketing-save-coupon-settings"

/** Saves the store-wide coupon settings. Compensation writes the previous values back. */
export const saveCouponSettingsStep = createStep(
  saveCouponSettingsStepId,
  async (input: Partial<CouponSettingsValues>, { container }) => {
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const previous = await service.getStoreSettings()
    const saved = await service.saveStoreSettings(input)
    return new StepResponse(saved, pickSettingsValues(previous, true))
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    await service.saveStoreSettings(previous)
  }
)
