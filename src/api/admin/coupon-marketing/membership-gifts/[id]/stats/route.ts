import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminMembershipGiftStatsResponse } from "../../../../../../types/http/gifts"
import { giftStats } from "../../helpers"

/** GIFT-6 GET /admin/coupon-marketing/membership-gifts/:id/stats → `{ stats }`: totals and by day in the store's zone. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminMembershipGiftStatsResponse>) => {
  res.json({ stats: await giftStats(req.scope, req.params.id) })
}
