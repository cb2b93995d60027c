import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { ATTEMPT_WINDOW_SECONDS, MAX_FAILED_ATTEMPTS, TOO_MANY_ATTEMPTS, TOO_MANY_ATTEMPTS_CODE } from "../utils/shopper-refusals"

export const takeCouponAttemptStepId = "coupon-marketing-take-coupon-attempt"

/**
 * COUPON-32: takes one attempt on each key (cart, client address, customer) before a code is
 * looked at — atomic, so parallel attempts each get their own count. A full window refuses with
 * the code `too_many_attempts` (the route answers 429) without evaluating the code. No
 * compensation: a refused code must keep counting; a good one is given back by
 * `releaseCouponAttemptStep`.
 */
export const takeCouponAttemptStep = createStep(takeCouponAttemptStepId, async (keys: string[], { container }) => {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  if ((await service.takeAttempt(keys, ATTEMPT_WINDOW_SECONDS)) > MAX_FAILED_ATTEMPTS) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, TOO_MANY_ATTEMPTS, TOO_MANY_ATTEMPTS_CODE)
  }
  return new StepResponse(keys)
})
