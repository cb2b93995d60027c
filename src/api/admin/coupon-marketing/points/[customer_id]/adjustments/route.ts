import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { randomUUID } from "crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { adjustPointsWorkflow } from "../../../../../../workflows/points/workflows/adjust-points"
import type { AdminCreateAdjustmentType } from "../../validators"
import type { AdminAdjustmentResponse } from "../../../../../../types/http"

/**
 * POST /admin/coupon-marketing/points/:customer_id/adjustments `{ points, reason }` (POINTS-3)
 * → 201 `{ entry, balance }` (200 when the idempotency key was already used). A debit beyond
 * the balance is refused; nothing is written. 404 for an unknown customer.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateAdjustmentType>, res: MedusaResponse<AdminAdjustmentResponse<Date>>) => {
  const { points, reason, idempotency_key } = req.validatedBody
  const { result } = await adjustPointsWorkflow(req.scope).run({
    input: { customer_id: req.params.customer_id, points, reason, created_by: req.auth_context.actor_id, idempotency_key: idempotency_key ?? randomUUID() },
  })
  // An adjustment always has an entry (a null one is only "nothing due" for an order's points).
  if (!result.entry) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The adjustment was not recorded")
  res.status(result.created ? 201 : 200).json({ entry: result.entry, balance: result.balance })
}
