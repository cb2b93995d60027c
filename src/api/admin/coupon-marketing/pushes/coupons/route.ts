import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPushCouponsResponse } from "../../../../../types/http/pushes"
import { statusOf, type CouponRow } from "../../../../../workflows/coupons/utils/coupon-row"
import { benefitLabel, isPushableCoupon } from "../../../../../workflows/pushes/utils/views"
import { pushService } from "../helpers"

/** PUSH-4 GET /admin/coupon-marketing/pushes/coupons → the coupons a push may send: plugin coupons scheduled or active, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPushCouponsResponse & { coupons: { audience: string }[] }>) => {
  const now = new Date()
  const rows = (await pushService(req.scope).listCoupons({}, { order: { created_at: "DESC" }, take: 1000 })) as unknown as CouponRow[]
  res.json({
    coupons: rows
      .filter((c) => isPushableCoupon(c, now))
      .map((c) => ({ id: c.id, name: c.name, benefit_label: benefitLabel(c), status: statusOf(c, now) as "scheduled" | "active", code_type: c.code_mode, audience: c.audience })),
  })
}
