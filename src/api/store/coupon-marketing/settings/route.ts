import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../modules/coupon-marketing/service"
import { toStoreSettings } from "../../../../modules/coupon-marketing/domain/settings"
import type { StoreCouponSettingsResponse } from "../../../../types/http"

/** GET /store/coupon-marketing/settings → `{ settings }` for the storefront's cart and account pages. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreCouponSettingsResponse>) => {
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const settings = await service.getStoreSettings()
  res.json({ settings: toStoreSettings(settings, service.getOptions().timezone) })
}
