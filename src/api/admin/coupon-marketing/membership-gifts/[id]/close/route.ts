import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminMembershipGiftResponse } from "../../../../../../types/http/gifts"
import { closeMembershipGiftWorkflow } from "../../../../../../workflows/gifts/workflows/close-membership-gift"
import { adminGiftById } from "../../helpers"

/** GIFT-6 POST /admin/coupon-marketing/membership-gifts/:id/close `{ confirm: true }` → `{ membership_gift }` (closed: no grant from now on). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminMembershipGiftResponse<Date>>) => {
  await adminGiftById(req.scope, req.params.id) // 404 first
  await closeMembershipGiftWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ membership_gift: await adminGiftById(req.scope, req.params.id) })
}
