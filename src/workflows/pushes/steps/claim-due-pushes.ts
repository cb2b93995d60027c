import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"

export const claimDuePushesStepId = "coupon-marketing-claim-due-pushes"

/**
 * PUSH-12: marks due scheduled pushes `sending` (`for update skip locked`) and answers the ids of
 * every `sending` push whose audience is not resolved yet. No compensation: a claimed push is
 * resumed by the next run from its cursor.
 */
export const claimDuePushesStep = createStep(claimDuePushesStepId, async (input: { now?: Date | string; limit?: number }, { container }) => {
  const svc = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const rows = await svc.claimDuePushes(input.now ? new Date(input.now) : new Date(), input.limit ?? 10)
  return new StepResponse(rows.map((r) => r.id))
})
