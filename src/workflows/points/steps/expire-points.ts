import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"

export const expirePointsStepId = "coupon-marketing-expire-points"

/**
 * POINTS-3: expires every credit past its expiry (one `expire` entry each, per credit in its
 * own transaction; safe to run twice). Answers how many were written. No compensation: each
 * entry records a fact that stays true, and the next run picks up what this one left.
 */
export const expirePointsStep = createStep(expirePointsStepId, async (input: { now: Date }, { container }) => {
  const count = await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).expirePoints(new Date(input.now))
  return new StepResponse(count)
})
