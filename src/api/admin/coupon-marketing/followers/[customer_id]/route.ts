import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../modules/coupon-marketing/service"
import { customersByIds } from "../../../../../workflows/followers/utils/customer"
import { preferencesView } from "../../../../../workflows/followers/utils/views"
import type { AdminCustomerFollowerResponse } from "../../../../../types/followers"

/**
 * GET /admin/coupon-marketing/followers/:customer_id → `{ follower: { customer_id, following,
 * followed_at, preferences } }`: one customer's follow and consent (the customer page's widget).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCustomerFollowerResponse>) => {
  const id = req.params.customer_id
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const customer = (await customersByIds(req.scope, [id]))[id]
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${id} was not found`)
  const [follow, preference] = await Promise.all([service.getFollow(id), service.getMessagePreference(id)])
  res.json({
    follower: {
      customer_id: id,
      following: !!follow,
      followed_at: follow?.followed_at ?? null,
      preferences: preferencesView(customer.email, preference, new Date()),
    },
  })
}
