import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../modules/coupon-marketing/service"
import type { StoreMembershipGiftResponse } from "../../../../types/http/gifts"
import { prizeCoupons, storeGiftView } from "../../../../workflows/gifts/utils/views"

/**
 * GIFT-4 GET /store/coupon-marketing/membership-gift → `{ membership_gift, eligible }`: the active
 * activity's package in words (null when none); `eligible: false` for a logged-in customer.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreMembershipGiftResponse<Date>>) => {
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const activity = await service.getActiveGiftActivity(new Date())
  const member = Boolean(req.auth_context?.actor_id)
  if (!activity) return void res.json({ membership_gift: null, eligible: false })
  const coupons = await prizeCoupons(req.scope, [activity])
  res.json({ membership_gift: storeGiftView(activity, coupons, service.getOptions().timezone), eligible: !member })
}
