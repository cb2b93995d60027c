import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { ExchangeOfferInput } from "../../../types/points"
import type { CouponInput } from "../../../types/coupons"
import { createCouponWorkflow } from "../../coupons/workflows/create-coupon"
import { validateOfferStep } from "../steps/validate-offer"
import { createOfferRecordStep } from "../steps/create-offer-record"

export const createExchangeOfferWorkflowId = "coupon-marketing-create-exchange-offer"

/** The coupon an offer hands out: members only, one individual code per exchange. */
export function offerCoupon(offer: ExchangeOfferInput): CouponInput {
  return {
    name: offer.name,
    audience: "members_only",
    code_mode: "individual",
    validity_type: "relative",
    valid_days: offer.valid_days,
    benefit_type: "fixed_amount",
    benefit_value: offer.face_value,
    currency_code: offer.currency_code,
    condition_type: offer.threshold > 0 ? "min_total" : "none",
    condition_value: offer.threshold > 0 ? offer.threshold : null,
    category_ids: [],
  }
}

/**
 * POINTS-4: creates an exchange offer — validated (denominations, deeper than free), its coupon
 * created through the coupon engine, then the offer itself. A failing step undoes the others.
 */
export const createExchangeOfferWorkflow = createWorkflow(createExchangeOfferWorkflowId, (input: ExchangeOfferInput) => {
  const valid = validateOfferStep(input)
  const coupon = createCouponWorkflow.runAsStep({ input: transform({ valid }, ({ valid }) => offerCoupon(valid)) })
  const offer = createOfferRecordStep(transform({ valid, coupon }, ({ valid, coupon }) => ({ input: valid, coupon_id: coupon.id })))
  return new WorkflowResponse(offer)
})
