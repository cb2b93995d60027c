import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"

export const releaseCouponAttemptStepId = "coupon-marketing-release-coupon-attempt"

/** COUPON-32: the code was good, its attempt is given back (only failures count). */
export const releaseCouponAttemptStep = createStep(releaseCouponAttemptStepId, async (keys: string[], { container }) => {
  await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).releaseAttempt(keys)
  return new StepResponse(true)
})
