import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"

export const createEmailVerificationStepId = "coupon-marketing-create-email-verification"

/** PUSH-2: records a verification (the token's single-use nonce) and signs its link. Compensation removes it. */
export const createEmailVerificationStep = createStep(
  createEmailVerificationStepId,
  async (input: { customer_id: string; email: string }, { container }) => {
    const created = await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).createEmailVerification(input)
    return new StepResponse(created, created.verification.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).deleteEmailVerification(id)
  }
)
