import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { CreatePushInput, PushRow } from "../../../modules/coupon-marketing/types/pushes"

export const createPushRecordStepId = "coupon-marketing-create-push-record"

/** PUSH-8: writes the scheduled push (the service checks the weekly quota and the direct cap under one lock). Compensation: deletes it. */
export const createPushRecordStep = createStep(
  createPushRecordStepId,
  async (input: Omit<CreatePushInput, "send_at"> & { send_at: Date | string }, { container }) => {
    const svc = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const push = await svc.createPushRecord({ ...input, send_at: new Date(input.send_at) })
    return new StepResponse<PushRow, string>(push, push.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).deletePushRecord(id)
  }
)
