import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { updateCouponWorkflow } from "../../coupons/workflows/update-coupon"
import { validateOfferStep } from "../steps/validate-offer"
import { OfferUpdate, loadOfferStep, updateOfferRecordStep } from "../steps/update-offer-record"

export const updateExchangeOfferWorkflowId = "coupon-marketing-update-exchange-offer"

/**
 * Edits an offer (POINTS-4, POINTS-5): the merged terms are validated again (a free coupon
 * must still not beat them), its coupon's name and benefit follow, and a non-compliant offer
 * that is fixed becomes visible again.
 */
export const updateExchangeOfferWorkflow = createWorkflow(updateExchangeOfferWorkflowId, (input: { id: string; update: OfferUpdate }) => {
  const state = loadOfferStep(input.id)
  const next = transform({ state, input }, ({ state, input }) => ({ ...state.input, ...input.update }))
  const valid = validateOfferStep(next)
  updateCouponWorkflow.runAsStep({
    input: transform({ state, valid }, ({ state, valid }) => ({
      id: state.coupon_id,
      update: {
        name: valid.name,
        benefit_value: valid.face_value,
        condition_type: valid.threshold > 0 ? ("min_total" as const) : ("none" as const),
        condition_value: valid.threshold > 0 ? valid.threshold : null,
      },
    })),
  })
  const offer = updateOfferRecordStep(
    transform({ state, valid }, ({ state, valid }) => ({ id: state.id, next: valid, previous: state.input, exchanged_count: state.exchanged_count }))
  )
  return new WorkflowResponse(offer)
})
