import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { issueCouponCodesWorkflow } from "../../../../../../workflows/coupons/workflows/issue-coupon-codes"
import type { AdminIssueCouponCodesType } from "../../validators"

/**
 * POST /admin/coupon-marketing/coupons/:id/codes `{ customer_ids | customer_group_id }` —
 * issues individual codes (COUPON-5). Customers who already hold one are skipped.
 * → `{ issued, skipped }`
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminIssueCouponCodesType>, res: MedusaResponse) => {
  const { result } = await issueCouponCodesWorkflow(req.scope).run({
    input: { coupon_id: req.params.id, ...req.validatedBody, source: "admin", source_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ issued: result.issued, skipped: result.skipped })
}
