import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { unfollowStoreStep } from "../steps/unfollow-store"

export const unfollowStoreWorkflowId = "coupon-marketing-unfollow-store"

/** PUSH-1: the customer unfollows; the period is kept for the history (a later follow gets a new date). */
export const unfollowStoreWorkflow = createWorkflow(unfollowStoreWorkflowId, (input: { customer_id: string }) => {
  return new WorkflowResponse(unfollowStoreStep(input))
})
