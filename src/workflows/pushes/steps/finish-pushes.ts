import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"

export const finishPushesStepId = "coupon-marketing-finish-pushes"

/** PUSH-12: `sending → sent | failed` for resolved pushes whose deliveries are all final. Answers those ended. */
export const finishPushesStep = createStep(finishPushesStepId, async (input: { now?: Date | string }, { container }) => {
  const svc = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const ended = await svc.finishSentPushes(input.now ? new Date(input.now) : new Date())
  return new StepResponse(ended.map((p) => ({ id: p.id, status: p.status })))
})
