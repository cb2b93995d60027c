import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../../modules/coupon-marketing/service"
import { formatIndividualCode } from "../../../../../../modules/coupon-marketing/domain/coupons"

/**
 * GET /admin/coupon-marketing/orders/:id/coupon — the plugin coupon an order used (the order
 * page's widget): `{ coupon_use: { coupon_id, coupon_name, code, eligible_total, discount_total,
 * currency_code, released_at } | null }`. `released_at` is set once the order was cancelled and
 * the use given back (COUPON-21).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const [usage] = await service.listCouponUsages({ order_id: req.params.id }, { take: 1, order: { created_at: "DESC" } })
  if (!usage) {
    res.json({ coupon_use: null })
    return
  }
  const [coupon] = await service.listCoupons({ id: usage.coupon_id }, { take: 1, withDeleted: true })
  res.json({
    coupon_use: {
      id: usage.id,
      coupon_id: usage.coupon_id,
      coupon_name: coupon?.name ?? null,
      code: usage.coupon_code_id ? formatIndividualCode(usage.code) : usage.code,
      eligible_total: Number(usage.eligible_total),
      discount_total: Number(usage.discount_total),
      currency_code: usage.currency_code,
      released_at: usage.released_at,
      created_at: usage.created_at,
    },
  })
}
