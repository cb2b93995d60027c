import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CouponMarketingEvents } from "../../../types/events"
import type { SaveGiftActivityInput } from "../../../modules/coupon-marketing/types/gifts"
import { saveGiftActivityStep } from "../steps/save-gift-activity"

export const saveMembershipGiftWorkflowId = "coupon-marketing-save-membership-gift"

/** GIFT-1…GIFT-3: creates (no `id`) or edits an activity, refused naming the field and the rule; emits GIFT_CREATED / GIFT_UPDATED. */
export const saveMembershipGiftWorkflow = createWorkflow(saveMembershipGiftWorkflowId, (input: SaveGiftActivityInput & { id?: string }) => {
  const activity = saveGiftActivityStep(input)
  emitEventStep({
    eventName: transform({ input }, ({ input }) => (input.id ? CouponMarketingEvents.GIFT_UPDATED : CouponMarketingEvents.GIFT_CREATED)),
    data: transform({ activity }, ({ activity }) => ({ id: activity.id })),
  })
  return new WorkflowResponse(activity)
})
