import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../modules/coupon-marketing/service"
import { statusOf } from "../../../../../workflows/coupons/utils/coupon-row"
import { toStoreCoupon } from "../../../carts/[id]/coupon/helpers"
import type { StoreMyCouponsType } from "./validators"

/**
 * GET /store/coupon-marketing/me/coupons — "My coupons" (COUPON-35): the coupons the logged-in
 * customer can use now, each with its code, name, benefit, condition, validity and uses left.
 * Listed: the customer's individual codes, and the members-only fixed codes (every member may
 * use those). Used-up, expired, ended, not-yet-started, deleted and segment coupons of a group
 * the customer left are hidden. Public `anyone` codes are not listed: merchants hand those out
 * where they choose. → `{ coupons, count, offset, limit }`, soonest expiry first.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreMyCouponsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery
  const customerId = req.auth_context.actor_id
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const timezone = service.getOptions().timezone
  const now = new Date()

  const codes = await service.listUsableCodesOf(customerId, now)
  const memberCoupons = await service.listCoupons({ audience: "members_only", code_mode: "fixed" })
  const codeCoupons = codes.length ? await service.listCoupons({ id: [...new Set(codes.map((c) => c.coupon_id))] }) : []
  const couponsById = new Map([...memberCoupons, ...codeCoupons].map((c) => [c.id, c]))
  const active = [...couponsById.values()].filter((c) => statusOf(c, now) === "active")
  const uses = await service.countCouponUses(active.map((c) => c.id))
  const open = new Set(active.filter((c) => c.total_limit == null || (uses[c.id] ?? 0) < c.total_limit).map((c) => c.id))

  let groups: string[] | null = null
  if (codeCoupons.some((c) => c.audience === "segment")) {
    const query = req.scope.resolve("query")
    const { data } = await query.graph({ entity: "customer", fields: ["groups.id"], filters: { id: customerId } })
    groups = ((data[0]?.groups ?? []) as { id: string }[]).map((g) => g.id)
  }

  const list: (ReturnType<typeof toStoreCoupon> & { uses_left: number | null; expires_at: Date | string | null })[] = []
  for (const code of codes) {
    const coupon = couponsById.get(code.coupon_id)
    if (!coupon || !open.has(coupon.id)) continue
    if (coupon.audience === "segment" && !(groups ?? []).includes(coupon.customer_group_id ?? "")) continue
    list.push({ ...toStoreCoupon(coupon, code.code, timezone, code.expires_at), uses_left: code.max_uses - code.uses, expires_at: code.expires_at ?? coupon.ends_at })
  }
  const limited = memberCoupons.filter((c) => open.has(c.id) && c.per_customer_limit != null).map((c) => c.id)
  const mineByCoupon = await service.countCustomerUses(limited, customerId)
  for (const coupon of memberCoupons) {
    if (!open.has(coupon.id) || !coupon.code) continue
    const mine = mineByCoupon[coupon.id] ?? 0
    const left = coupon.per_customer_limit != null ? coupon.per_customer_limit - mine : null
    if (left !== null && left <= 0) continue
    const totalLeft = coupon.total_limit != null ? coupon.total_limit - (uses[coupon.id] ?? 0) : null
    const usesLeft = [left, totalLeft].filter((n): n is number => n !== null)
    list.push({ ...toStoreCoupon(coupon, coupon.code, timezone), uses_left: usesLeft.length ? Math.min(...usesLeft) : null, expires_at: coupon.ends_at })
  }
  const time = (d: Date | string | null) => (d ? new Date(d).getTime() : Number.POSITIVE_INFINITY)
  list.sort((a, b) => time(a.expires_at) - time(b.expires_at) || a.name.localeCompare(b.name))
  res.json({ coupons: list.slice(offset, offset + limit), count: list.length, offset, limit })
}
