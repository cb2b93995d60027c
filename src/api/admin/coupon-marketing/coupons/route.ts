import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../modules/coupon-marketing/service"
import { createCouponWorkflow } from "../../../../workflows/coupons/workflows/create-coupon"
import { CouponRow, statusOf, toAdminCoupon } from "../../../../workflows/coupons/utils/coupon-row"
import type { AdminCreateCouponType, AdminListCouponsType } from "./validators"

/**
 * GET /admin/coupon-marketing/coupons?limit&offset&order → `{ coupons, count, offset, limit }`,
 * newest first unless `order` says otherwise, with
 * derived status and live usage. `q` searches names and fixed codes; `status` and
 * `promotion_id` filter.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListCouponsType>, res: MedusaResponse) => {
  const { limit, offset, q, status, promotion_id } = req.validatedQuery
  const { skip, take, order } = req.queryConfig.pagination
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const filters: Record<string, unknown> = q ? { $or: [{ name: { $ilike: `%${q}%` } }, { code: { $ilike: `%${q.toUpperCase()}%` } }] } : {}
  if (promotion_id) filters.promotion_id = promotion_id
  const now = new Date()
  let rows: CouponRow[]
  let count: number
  if (status) {
    // Status is derived from time (never stored): filter after reading. At most a few hundred
    // coupons are ever not purged (COUPON-14, COUPON-19).
    const all = await service.listCoupons(filters, { order })
    const matching = all.filter((c) => statusOf(c, now) === status)
    count = matching.length
    rows = matching.slice(skip, skip + (take ?? limit))
  } else {
    ;[rows, count] = await service.listAndCountCoupons(filters, { order, skip, take })
  }
  const ids = rows.map((r) => r.id)
  const [uses, codes] = await Promise.all([service.countCouponUses(ids), service.countIssuedCodes(ids)])
  res.json({ coupons: rows.map((r) => toAdminCoupon(r, uses[r.id] ?? 0, now, codes[r.id] ?? 0)), count, offset, limit })
}

/** POST /admin/coupon-marketing/coupons → `{ coupon }` */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCouponType>, res: MedusaResponse) => {
  const { result } = await createCouponWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ coupon: toAdminCoupon(result, 0) })
}
