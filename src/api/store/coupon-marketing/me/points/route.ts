import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../modules/coupon-marketing/service"
import { pointsAccountOf } from "../../../../../workflows/points/utils/account"
import type { StoreGetMyPointsType } from "./validators"
import type { StorePointsAccountResponse } from "../../../../../types/http"

/** GET /store/coupon-marketing/me/points (POINTS-9) → `{ balance, entries, count, offset, limit, exchanges }` */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreGetMyPointsType>, res: MedusaResponse<StorePointsAccountResponse<Date>>) => {
  const { limit, offset } = req.validatedQuery
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  res.json(await pointsAccountOf(service, req.auth_context.actor_id, limit, offset))
}
