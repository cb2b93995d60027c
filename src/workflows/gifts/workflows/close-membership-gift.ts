import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CouponMarketingEvents } from "../../../types/events"
import { closeGiftActivityStep } from "../steps/close-gift-activity"

export const closeMembershipGiftWorkflowId = "coupon-marketing-close-membership-gift"

/** GIFT-6: closes an activity at once (a grant claimed after this commits gives nothing); emits GIFT_CLOSED. */
export const closeMembershipGiftWorkflow = createWorkflow(closeMembershipGiftWorkflowId, (input: { id: string }) => {
  const activity = closeGiftActivityStep(input)
  emitEventStep({ eventName: CouponMarketingEvents.GIFT_CLOSED, data: transform({ activity }, ({ activity }) => ({ id: activity.id })) })
  return new WorkflowResponse(activity)
})
