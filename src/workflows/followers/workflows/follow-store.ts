import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { followStoreStep } from "../steps/follow-store"

export const followStoreWorkflowId = "coupon-marketing-follow-store"

/** PUSH-1: the customer follows the store; following again while following changes nothing (same date). */
export const followStoreWorkflow = createWorkflow(followStoreWorkflowId, (input: { customer_id: string }) => {
  return new WorkflowResponse(followStoreStep(input))
})
