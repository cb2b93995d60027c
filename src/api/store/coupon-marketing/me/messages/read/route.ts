import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../../modules/coupon-marketing/service"
import type { StoreReadMessagesType } from "../validators"

/** POST /store/coupon-marketing/me/messages/read `{ ids? }` → `{ marked, unread_count }`; another customer's ids are ignored. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreReadMessagesType>, res: MedusaResponse) => {
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const marked = await service.markInboxRead(req.auth_context.actor_id, req.validatedBody.ids)
  const { unread_count } = await service.listInbox(req.auth_context.actor_id, { limit: 1, offset: 0 })
  res.json({ marked, unread_count })
}
