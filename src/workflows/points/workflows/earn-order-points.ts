import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { appendPointsEntryStep } from "../steps/append-points-entry"
import { computeOrderPointsStep } from "../steps/compute-order-points"
import { emitPointsEntryEvents } from "../utils/emit-points-entry"

export const earnOrderPointsWorkflowId = "coupon-marketing-earn-order-points"

/** POINTS-2: a member's placed order earns its points, once; emits POINTS_CREDITED. Guests earn nothing. */
export const earnOrderPointsWorkflow = createWorkflow(earnOrderPointsWorkflowId, (input: { order_id: string }) => {
  const due = computeOrderPointsStep(input)
  const result = appendPointsEntryStep(due)
  emitPointsEntryEvents(result)
  return new WorkflowResponse(result)
})
