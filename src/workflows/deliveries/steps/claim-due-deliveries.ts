import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"

export const claimDueDeliveriesStepId = "coupon-marketing-claim-due-deliveries"

export type ClaimDueDeliveriesInput = { limit?: number; now?: Date | string; purposes?: string[] }

/**
 * Claims a batch of due deliveries for this run (`for update skip locked` and a lease): runs at
 * once, in one process or several, never claim the same row. No compensation: an unsent claim
 * comes due again when its lease ends.
 */
export const claimDueDeliveriesStep = createStep(claimDueDeliveriesStepId, async (input: ClaimDueDeliveriesInput, { container }) => {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const claimed = await service.claimDueDeliveries({ limit: input.limit, now: input.now ? new Date(input.now) : new Date(), purposes: input.purposes })
  return new StepResponse(claimed)
})
