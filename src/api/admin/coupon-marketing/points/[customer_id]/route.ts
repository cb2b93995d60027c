import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../modules/coupon-marketing/service"
import type { AdminGetPointsType } from "../validators"
import type { AdminPointsAccountResponse } from "../../../../../types/http"
import { pointsAccountOf } from "../../../../../workflows/points/utils/account"

/**
 * GET /admin/coupon-marketing/points/:customer_id → `{ customer_id, balance, entries, count,
 * offset, limit, exchanges }`: the balance, a page of the ledger (newest first) and the
 * coupons the customer got for points.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetPointsType>, res: MedusaResponse<AdminPointsAccountResponse<Date>>) => {
  const { limit, offset } = req.validatedQuery
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  // An unknown customer is 404, as for adjustments (not an empty account).
  const [customer] = await req.scope.resolve(Modules.CUSTOMER).listCustomers({ id: req.params.customer_id }, { select: ["id"] })
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${req.params.customer_id} was not found`)
  res.json(await pointsAccountOf(service, req.params.customer_id, limit, offset, "admin"))
}
