import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPushResponse } from "../../../../../types/http/pushes"
import { adminPushById } from "../helpers"

/** PUSH-11/12 GET /admin/coupon-marketing/pushes/:id → `{ push }` with its per-channel counts and progress. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPushResponse<Date>>) => {
  res.json({ push: await adminPushById(req.scope, req.params.id) })
}
