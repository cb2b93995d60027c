import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CouponMarketingEvents } from "../../../types/events"
import type { CouponInput } from "../../../types/coupons"
import { loadCouponStep } from "../steps/load-coupon"
import { validateCouponStep } from "../steps/validate-coupon"
import { updateCouponRecordStep } from "../steps/update-coupon-record"
import { updateCouponCampaignStep } from "../steps/update-coupon-campaign"

export const updateCouponWorkflowId = "coupon-marketing-update-coupon"

export interface UpdateCouponWorkflowInput {
  id: string
  update: Partial<CouponInput>
}

/**
 * Edits a scheduled or active coupon (COUPON-17); an ended one is refused. The promotion's
 * benefit and the campaign's name and window follow the coupon.
 */
export const updateCouponWorkflow = createWorkflow(updateCouponWorkflowId, (input: UpdateCouponWorkflowInput) => {
  const state = loadCouponStep(input.id)
  const next = transform({ state, input }, ({ state, input }) => ({ ...state.input, ...input.update }))
  const original = transform({ state }, ({ state }) => ({ ...state.input, id: state.id, status: state.status }))
  validateCouponStep({ input: next, mode: "update", original })
  const coupon = updateCouponRecordStep(
    transform({ state, next }, ({ state, next }) => ({ id: state.id, promotion_id: state.promotion_id, next, previous: state.input }))
  )
  updateCouponCampaignStep(transform({ state, next }, ({ state, next }) => ({ promotion_id: state.promotion_id, next })))
  emitEventStep({ eventName: CouponMarketingEvents.COUPON_UPDATED, data: { id: input.id } })
  return new WorkflowResponse(coupon)
})
