import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { enqueueDeliveriesStep } from "../../deliveries/steps/enqueue-deliveries"
import { createEmailVerificationStep } from "../steps/create-email-verification"
import { loadVerificationCustomerStep } from "../steps/load-verification-customer"
import { verificationDelivery } from "../utils/verification-email"

export const requestEmailVerificationWorkflowId = "coupon-marketing-request-email-verification"

/**
 * PUSH-2 double opt-in: a verification for the customer's current address (signed, expiring,
 * single-use token) and its email queued on the delivery pipeline (template
 * `email-verification`, data `{ verify_url, customer_name }`). The token is never answered:
 * it reaches the shopper only by email. Answers the address and when the link expires.
 */
export const requestEmailVerificationWorkflow = createWorkflow(requestEmailVerificationWorkflowId, (input: { customer_id: string }) => {
  const customer = loadVerificationCustomerStep(input)
  const created = createEmailVerificationStep(transform({ customer }, ({ customer }) => ({ customer_id: customer.id, email: customer.email! })))
  enqueueDeliveriesStep(transform({ customer, created }, ({ customer, created }) => ({ deliveries: [verificationDelivery(customer, created)] })))
  return new WorkflowResponse(
    transform({ customer, created }, ({ customer, created }) => ({ email: customer.email!, expires_at: created.verification.expires_at }))
  )
})
