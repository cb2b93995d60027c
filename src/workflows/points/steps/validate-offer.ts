import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { formatPointsErrors, validateOfferInput } from "../../../modules/coupon-marketing/domain/points"
import type { ExchangeOfferInput } from "../../../types/points"
import { offerRivalRefusal } from "../utils/compliance"

/**
 * POINTS-4 and POINTS-5: an offer's terms are checked field by field (400 naming each), then
 * against the store's free coupons: an offer that a free coupon beats is refused naming it.
 */
export const validateOfferStep = createStep("coupon-marketing-validate-offer", async (input: ExchangeOfferInput, { container }) => {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const errors = validateOfferInput(input, service.getOptions().points.denominations)
  if (errors.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, formatPointsErrors(errors))
  const refusal = await offerRivalRefusal(container, input)
  if (refusal) throw new MedusaError(MedusaError.Types.INVALID_DATA, `face_value: ${refusal.message}`)
  return new StepResponse({ ...input, currency_code: input.currency_code.toLowerCase(), name: input.name.trim() })
})
