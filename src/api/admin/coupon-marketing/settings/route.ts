import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../modules/coupon-marketing/service"
import { updateCouponSettingsWorkflow } from "../../../../workflows/settings/workflows/update-coupon-settings"
import type { AdminUpdateCouponSettingsType } from "./validators"

/** GET /admin/coupon-marketing/settings → `{ settings }` */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  res.json({ settings: await service.getStoreSettings() })
}

/** POST /admin/coupon-marketing/settings (any subset of the fields) → `{ settings }` */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateCouponSettingsType>,
  res: MedusaResponse
) => {
  const { result } = await updateCouponSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ settings: result })
}
