import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminMembershipGiftResponse } from "../../../../../types/http/gifts"
import { saveMembershipGiftWorkflow } from "../../../../../workflows/gifts/workflows/save-membership-gift"
import { adminGiftById } from "../helpers"
import type { AdminUpdateMembershipGiftType } from "../validators"

/** GIFT-6 GET /admin/coupon-marketing/membership-gifts/:id → `{ membership_gift }` (404 when none). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminMembershipGiftResponse<Date>>) => {
  res.json({ membership_gift: await adminGiftById(req.scope, req.params.id) })
}

/** GIFT-1…GIFT-3 POST /admin/coupon-marketing/membership-gifts/:id → `{ membership_gift }`; a closed or ended activity is refused. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateMembershipGiftType>, res: MedusaResponse<AdminMembershipGiftResponse<Date>>) => {
  await adminGiftById(req.scope, req.params.id) // 404 first
  await saveMembershipGiftWorkflow(req.scope).run({ input: { ...req.validatedBody, draft: req.validatedBody.draft ?? false, id: req.params.id } })
  res.json({ membership_gift: await adminGiftById(req.scope, req.params.id) })
}
