import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminMembershipGiftListResponse, AdminMembershipGiftResponse } from "../../../../types/http/gifts"
import { saveMembershipGiftWorkflow } from "../../../../workflows/gifts/workflows/save-membership-gift"
import { adminGiftView, prizeCoupons } from "../../../../workflows/gifts/utils/views"
import { storeCreditAvailability } from "../../../../workflows/gifts/utils/store-credit"
import { adminGiftById, giftService } from "./helpers"
import type { AdminCreateMembershipGiftType, AdminListMembershipGiftsType } from "./validators"

/** GIFT-6 GET /admin/coupon-marketing/membership-gifts?limit&offset → `{ membership_gifts, count, limit, offset, store_credit }`. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminMembershipGiftListResponse<Date>>) => {
  const { limit, offset } = (req as unknown as { validatedQuery: AdminListMembershipGiftsType }).validatedQuery
  const { rows, count } = await giftService(req.scope).listGiftActivities({ limit, offset })
  const coupons = await prizeCoupons(req.scope, rows)
  const now = new Date()
  res.json({ membership_gifts: rows.map((r) => adminGiftView(r, coupons, now)), count, limit, offset, store_credit: storeCreditAvailability(req.scope) })
}

/** GIFT-1…GIFT-3 POST /admin/coupon-marketing/membership-gifts → 201 `{ membership_gift }`; refusals (400) name the field and the rule. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateMembershipGiftType>, res: MedusaResponse<AdminMembershipGiftResponse<Date>>) => {
  const { result } = await saveMembershipGiftWorkflow(req.scope).run({ input: { ...req.validatedBody, draft: req.validatedBody.draft ?? false } })
  res.status(201).json({ membership_gift: await adminGiftById(req.scope, result.id) })
}
