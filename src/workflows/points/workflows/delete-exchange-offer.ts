import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CouponMarketingEvents } from "../../../types/events"
import { deleteCouponWorkflow } from "../../coupons/workflows/delete-coupon"
import { loadOfferStep } from "../steps/update-offer-record"
import { deleteOfferRecordStep } from "../steps/delete-offer-record"

export const deleteExchangeOfferWorkflowId = "coupon-marketing-delete-exchange-offer"

/**
 * Withdraws an exchange offer and retires its coupon. An offer nobody exchanged yet takes its
 * coupon with it (deleted like any coupon, COUPON-18: gone from the list, no longer counted
 * among the live coupons of COUPON-14). Codes already exchanged were paid for with points
 * (POINTS-7: "validity per offer"), so they stay usable until they expire: the coupon is then
 * kept, no new code can be issued through the withdrawn offer, and it ends when its last code
 * expires (then leaves the live count and is purged with the ended coupons, COUPON-19).
 */
export const deleteExchangeOfferWorkflow = createWorkflow(deleteExchangeOfferWorkflowId, (id: string) => {
  const offer = loadOfferStep(id)
  deleteOfferRecordStep(transform({ offer }, ({ offer }) => offer.id))
  when({ offer }, ({ offer }) => offer.exchanged_count === 0).then(() => {
    deleteCouponWorkflow.runAsStep({ input: transform({ offer }, ({ offer }) => offer.coupon_id) })
  })
  const data = transform({ offer }, ({ offer }) => ({ id: offer.id, coupon_id: offer.coupon_id }))
  emitEventStep({ eventName: CouponMarketingEvents.EXCHANGE_OFFER_DELETED, data })
  return new WorkflowResponse(data)
})
