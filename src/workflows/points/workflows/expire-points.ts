import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CouponMarketingEvents } from "../../../types/events"
import { expirePointsStep } from "../steps/expire-points"

export const expirePointsWorkflowId = "coupon-marketing-expire-points"

/** POINTS-3: expires the credits past their expiry; emits POINTS_EXPIRED `{ count }` when any were. */
export const expirePointsWorkflow = createWorkflow(expirePointsWorkflowId, (input: { now: Date }) => {
  const count = expirePointsStep(input)
  when({ count }, ({ count }) => count > 0).then(() => {
    emitEventStep({ eventName: CouponMarketingEvents.POINTS_EXPIRED, data: transform({ count }, ({ count }) => ({ count })) })
  })
  return new WorkflowResponse(count)
})
