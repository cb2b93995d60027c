import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"

export const unfollowStoreStepId = "coupon-marketing-unfollow-store"

/** PUSH-1: closes the open follow period (kept for the history). Compensation reopens it. */
export const unfollowStoreStep = createStep(
  unfollowStoreStepId,
  async (input: { customer_id: string }, { container }) => {
    const closed = await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).unfollowStore(input.customer_id)
    return new StepResponse(closed, closed?.id)
  },
  async (closed, { container }) => {
    if (closed) await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).undoFollowChange({ closed })
  }
)
