import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import type { EnqueueDeliveryInput } from "../../../modules/coupon-marketing/types/deliveries"
import { enqueueDeliveriesStep } from "../steps/enqueue-deliveries"

export const enqueueDeliveriesWorkflowId = "coupon-marketing-enqueue-deliveries"

/**
 * Queues messages for the delivery job (pushes and gifts call this): one per purpose,
 * recipient and channel, unique by key, so queueing twice is harmless. Answers the rows created.
 */
export const enqueueDeliveriesWorkflow = createWorkflow(enqueueDeliveriesWorkflowId, (input: { deliveries: EnqueueDeliveryInput[] }) => {
  return new WorkflowResponse(enqueueDeliveriesStep(input))
})
