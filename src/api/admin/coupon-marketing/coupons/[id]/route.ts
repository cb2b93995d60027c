import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../modules/coupon-marketing/service"
import { updateCouponWorkflow } from "../../../../../workflows/coupons/workflows/update-coupon"
import { deleteCouponWorkflow } from "../../../../../workflows/coupons/workflows/delete-coupon"
import { toAdminCoupon } from "../../../../../workflows/coupons/utils/coupon-row"
import type { AdminUpdateCouponType } from "../validators"

async function respond(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const coupon = await service.retrieveCoupon(req.params.id)
  const [uses, codes] = await Promise.all([service.countCouponUses([coupon.id]), service.countIssuedCodes([coupon.id])])
  res.json({ coupon: toAdminCoupon(coupon, uses[coupon.id] ?? 0, new Date(), codes[coupon.id] ?? 0) })
}

/** GET /admin/coupon-marketing/coupons/:id → `{ coupon }` */
export const GET = respond

/** POST /admin/coupon-marketing/coupons/:id (COUPON-17) → `{ coupon }` */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCouponType>, res: MedusaResponse) => {
  await updateCouponWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } })
  await respond(req, res)
}

/** DELETE /admin/coupon-marketing/coupons/:id (COUPON-18) → `{ id, object, deleted }` */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteCouponWorkflow(req.scope).run({ input: req.params.id })
  res.json({ id: req.params.id, object: "coupon", deleted: true })
}
