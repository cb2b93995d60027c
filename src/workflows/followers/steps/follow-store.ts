import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"

export const followStoreStepId = "coupon-marketing-follow-store"

/** PUSH-1: opens a follow period unless one is open. Compensation removes the period it opened. */
export const followStoreStep = createStep(
  followStoreStepId,
  async (input: { customer_id: string }, { container }) => {
    const svc = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const { follow, created } = await svc.followStore(input.customer_id)
    return new StepResponse({ follow, created }, created ? follow.id : undefined)
  },
  async (opened, { container }) => {
    if (opened) await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).undoFollowChange({ opened })
  }
)
