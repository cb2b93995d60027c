import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CouponMarketingEvents } from "../../../types/events"
import { loadCouponStep } from "../steps/load-coupon"
import { deleteCouponRecordStep } from "../steps/delete-coupon-record"

export const deleteCouponWorkflowId = "coupon-marketing-delete-coupon"

/** Deletes a scheduled or active coupon (COUPON-18); an ended one is refused (COUPON-17). */
export const deleteCouponWorkflow = createWorkflow(deleteCouponWorkflowId, (id: string) => {
  const state = loadCouponStep(id)
  const deleted = deleteCouponRecordStep(state)
  emitEventStep({ eventName: CouponMarketingEvents.COUPON_DELETED, data: { id } })
  return new WorkflowResponse(deleted)
})
