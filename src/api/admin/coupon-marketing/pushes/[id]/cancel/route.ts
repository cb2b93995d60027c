import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPushResponse } from "../../../../../../types/http/pushes"
import { cancelPushWorkflow } from "../../../../../../workflows/pushes/workflows/cancel-push"
import { adminPushById } from "../../helpers"

/** PUSH-10 POST /admin/coupon-marketing/pushes/:id/cancel → `{ push }`; refused (400) from 24 h before the send, saying when it closed. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPushResponse<Date>>) => {
  await adminPushById(req.scope, req.params.id) // 404 first
  await cancelPushWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ push: await adminPushById(req.scope, req.params.id) })
}
