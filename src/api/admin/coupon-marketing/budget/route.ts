import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../modules/coupon-marketing/service"
import type { AdminBudgetResponse } from "../../../../types/http"

/** GET /admin/coupon-marketing/budget (POINTS-6) → `{ budgets: [{ currency_code, deposited, drawn, remaining, deposits }] }` */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminBudgetResponse>) => {
  res.json({ budgets: await req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).getBudgets() })
}
