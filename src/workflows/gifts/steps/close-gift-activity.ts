import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"

/** GIFT-6: closes the activity now (grants stop at once). Compensation opens it again. */
export const closeGiftActivityStep = createStep(
  "coupon-marketing-close-gift-activity",
  async (input: { id: string }, { container }) => {
    const activity = await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).closeGiftActivity(input.id)
    return new StepResponse(activity, activity.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).reopenGiftActivity(id)
  }
)
