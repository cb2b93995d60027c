import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { appendPointsEntryStep } from "../steps/append-points-entry"
import { computeOrderReversalStep } from "../steps/compute-order-reversal"
import { emitPointsEntryEvents } from "../utils/emit-points-entry"

export const reverseOrderPointsWorkflowId = "coupon-marketing-reverse-order-points"

/** POINTS-2: a canceled order gives back the points it earned, once; emits POINTS_DEBITED. */
export const reverseOrderPointsWorkflow = createWorkflow(reverseOrderPointsWorkflowId, (input: { order_id: string }) => {
  const due = computeOrderReversalStep(input)
  const result = appendPointsEntryStep(due)
  emitPointsEntryEvents(result)
  return new WorkflowResponse(result)
})
