import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { randomUUID } from "crypto"
import { COUPON_MARKETING_MODULE } from "../../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../../modules/coupon-marketing/service"
import type { AdminCreateAdjustmentType } from "../../../points-validators"

/**
 * POST /admin/coupon-marketing/points/:customer_id/adjustments `{ points, reason }` (POINTS-3)
 * → 201 `{ entry, balance }`. A debit beyond the balance is refused; nothing is written.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateAdjustmentType>, res: MedusaResponse) => {
  const customerId = req.params.customer_id
  const [customer] = await req.scope.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { select: ["id"] })
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${customerId} was not found`)
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const { points, reason, idempotency_key } = req.validatedBody
  const { entry, balance, created } = await service.appendPoints({
    customer_id: customerId,
    type: "adjust",
    points,
    reason,
    created_by: req.auth_context.actor_id,
    idempotency_key: `adjust:${idempotency_key ?? randomUUID()}`,
  })
  res.status(created ? 201 : 200).json({ entry, balance })
}
