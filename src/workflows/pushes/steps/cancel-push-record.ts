import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { PushRow } from "../../../modules/coupon-marketing/types/pushes"

export const cancelPushRecordStepId = "coupon-marketing-cancel-push-record"

/** PUSH-10: cancels a scheduled push until 24 h before its send. Compensation: scheduled again. */
export const cancelPushRecordStep = createStep(
  cancelPushRecordStepId,
  async (input: { id: string; now?: Date | string }, { container }) => {
    const svc = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const { push } = await svc.cancelPushRecord(input.id, input.now ? new Date(input.now) : new Date())
    return new StepResponse<PushRow, string>(push, push.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).uncancelPushRecord(id)
  }
)
