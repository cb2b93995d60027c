import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"

export const deleteOfferRecordStepId = "coupon-marketing-delete-offer-record"

/** Withdraws an offer (soft delete: its exchanges keep their offer). Compensation restores it. */
export const deleteOfferRecordStep = createStep(deleteOfferRecordStepId, async (id: string, { container }) => {
  await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).softDeleteExchangeOffers(id)
  return new StepResponse(id, id)
}, async (id, { container }) => {
  if (id) await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).restoreExchangeOffers(id)
})
