import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../modules/coupon-marketing/service"
import { deeperThanFreeRival, rivalMessage } from "../../../../../modules/coupon-marketing/domain/points"
import { freeCouponsForCompliance } from "../../../../../workflows/points/utils/compliance"
import { CouponRow, statusOf } from "../../../../../workflows/coupons/utils/coupon-row"
import type { FreeCouponForCompliance } from "../../../../../types/points"
import type { AdminCouponOfferImpactType } from "./validators"

/** An exchange offer this coupon would hide from shoppers (POINTS-5), and why, in the merchant's words. */
export interface AdminCouponOfferImpact {
  id: string
  name: string
  message: string
}

/**
 * POST /admin/coupon-marketing/coupons/offer-impact → `{ offers: [{ id, name, message }] }`:
 * the exchange offers that saving this coupon (new, or `coupon_id` edited) would make
 * non-compliant — offers no other free coupon beats now, that this one would beat (POINTS-5:
 * an exchange coupon must be deeper than every free fixed-amount coupon). Nothing is written;
 * the coupon form asks it before saving and warns.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCouponOfferImpactType>, res: MedusaResponse) => {
  const { coupon_id, ...body } = req.validatedBody
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const now = new Date()

  const stored = coupon_id ? ((await service.retrieveCoupon(coupon_id)) as unknown as CouponRow) : null
  const [free, offers] = await Promise.all([freeCouponsForCompliance(req.scope, now), service.listExchangeOffers({})])
  // An offer's own coupon is never a rival: it is not among the free coupons, and stays out.
  const ownedByOffer = !!stored && !free.some((f) => f.id === stored.id) && offers.some((o) => o.coupon_id === stored.id)

  const merged = { ...(stored ?? {}), ...dropUndefined(body) } as Partial<CouponRow>
  const candidate = ownedByOffer ? null : asFreeCoupon(merged, stored?.id ?? "new-coupon", now)
  if (!candidate) {
    res.json({ offers: [] })
    return
  }

  const others = free.filter((f) => f.id !== candidate.id)
  const hidden: AdminCouponOfferImpact[] = []
  for (const offer of offers) {
    if (offer.ends_at && new Date(offer.ends_at).getTime() <= now.getTime()) continue
    const terms = { face_value: Number(offer.face_value), threshold: Number(offer.threshold), currency_code: offer.currency_code }
    // Already hidden by another free coupon: this one changes nothing for it.
    if (deeperThanFreeRival(terms, others)) continue
    if (deeperThanFreeRival(terms, [candidate])) {
      hidden.push({ id: offer.id, name: offer.name, message: rivalMessage(terms, candidate) })
    }
  }
  res.json({ offers: hidden })
}

function dropUndefined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}

/** The coupon as a free fixed-amount rival (POINTS-5), or null when it is none: another benefit, no amount yet, or ended. */
function asFreeCoupon(c: Partial<CouponRow>, id: string, now: Date): FreeCouponForCompliance | null {
  if (c.benefit_type !== "fixed_amount") return null
  const amount = Number(c.benefit_value)
  if (!Number.isFinite(amount) || amount <= 0 || typeof c.currency_code !== "string" || c.currency_code.length !== 3) return null
  const threshold = c.condition_type === "min_total" ? Number(c.condition_value ?? 0) : 0
  if (!Number.isFinite(threshold) || threshold < 0) return null
  const row = {
    validity_type: c.validity_type ?? "window",
    code_mode: c.code_mode ?? "fixed",
    starts_at: c.starts_at ?? null,
    ends_at: c.ends_at ?? null,
    codes_issued_at: c.codes_issued_at ?? null,
    last_code_expires_at: c.last_code_expires_at ?? null,
  } as CouponRow
  if (row.validity_type === "window" && row.ends_at && Number.isNaN(new Date(row.ends_at).getTime())) return null
  if (statusOf(row, now) === "ended") return null
  return { id, name: c.name?.trim() || "This coupon", amount, threshold, currency_code: c.currency_code.toLowerCase() }
}
