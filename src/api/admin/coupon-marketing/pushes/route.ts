import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPushResponse, AdminPushesResponse } from "../../../../types/http/pushes"
import { createPushWorkflow } from "../../../../workflows/pushes/workflows/create-push"
import { toAdminPushes } from "../../../../workflows/pushes/utils/views"
import { adminPushById, pushService } from "./helpers"
import type { AdminCreatePushType, AdminListPushesType } from "./validators"

/** PUSH-11 GET /admin/coupon-marketing/pushes?type&status&customer_id&limit&offset → `{ pushes, count, offset, limit }`, latest send first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPushesResponse<Date>>) => {
  const { limit, offset, ...filters } = (req as unknown as { validatedQuery: AdminListPushesType }).validatedQuery
  const { rows, count } = await pushService(req.scope).listPushRecords(filters, { limit, offset })
  res.json({ pushes: await toAdminPushes(req.scope, rows), count, offset, limit })
}

/** PUSH-3…PUSH-8 POST /admin/coupon-marketing/pushes → 201 `{ push }` (scheduled). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePushType>, res: MedusaResponse<AdminPushResponse<Date>>) => {
  const { result } = await createPushWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ push: await adminPushById(req.scope, result.id) })
}
