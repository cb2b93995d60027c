import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestEmailVerificationWorkflow } from "../../../../workflows/followers"

/**
 * POST /store/coupon-marketing/email-verification → `{ verification: { email, expires_at } }`:
 * queues a verification email to the customer's current address (the link is only in the email).
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await requestEmailVerificationWorkflow(req.scope).run({ input: { customer_id: req.auth_context.actor_id } })
  res.status(202).json({ verification: result })
}
