import type { MedusaContainer } from "@medusajs/framework/types"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { deeperThanFreeRival, rivalMessage } from "../../../modules/coupon-marketing/domain/points"
import type { FreeCouponForCompliance } from "../../../types/points"
import { statusOf } from "../../coupons/utils/coupon-row"

/**
 * POINTS-5: the store's free fixed-amount coupons that exchange offers must beat — every
 * scheduled or active plugin coupon with a fixed amount off that no exchange offer owns (a
 * scheduled one will be active soon; comparing it now keeps an offer from turning
 * non-compliant unnoticed when it starts).
 */
export async function freeCouponsForCompliance(container: MedusaContainer, now = new Date()): Promise<FreeCouponForCompliance[]> {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const [coupons, offers] = await Promise.all([
    service.listCoupons({ benefit_type: "fixed_amount" }),
    service.listExchangeOffers({}, { select: ["coupon_id"], withDeleted: true }),
  ])
  const owned = new Set(offers.map((o) => o.coupon_id))
  return coupons
    .filter((c) => !owned.has(c.id) && statusOf(c, now) !== "ended")
    .map((c) => ({
      id: c.id,
      name: c.name,
      amount: Number(c.benefit_value ?? 0),
      threshold: c.condition_type === "min_total" ? Number(c.condition_value ?? 0) : 0,
      currency_code: c.currency_code,
    }))
}

/** The refusal for an offer a free coupon beats, or null. */
export async function offerRivalRefusal(
  container: MedusaContainer,
  offer: { face_value: number; threshold: number; currency_code: string }
): Promise<{ rival: FreeCouponForCompliance; message: string } | null> {
  const rival = deeperThanFreeRival(offer, await freeCouponsForCompliance(container))
  return rival ? { rival, message: rivalMessage(offer, rival) } : null
}

/**
 * POINTS-5: re-judges every offer against the free coupons now: one beaten by a free coupon
 * becomes `non_compliant` (hidden from shoppers, with the rival named), one no longer beaten
 * becomes `compliant` again. Answers the offers whose state changed.
 */
export async function recheckOfferCompliance(container: MedusaContainer): Promise<string[]> {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const free = await freeCouponsForCompliance(container)
  const offers = await service.listExchangeOffers({})
  const changed: { id: string; compliance: "compliant" | "non_compliant"; non_compliant_reason: string | null; rival_coupon_id: string | null }[] = []
  for (const offer of offers) {
    const terms = { face_value: Number(offer.face_value), threshold: Number(offer.threshold), currency_code: offer.currency_code }
    const rival = deeperThanFreeRival(terms, free)
    const next = rival
      ? { compliance: "non_compliant" as const, non_compliant_reason: rivalMessage(terms, rival), rival_coupon_id: rival.id }
      : { compliance: "compliant" as const, non_compliant_reason: null, rival_coupon_id: null }
    if (next.compliance !== offer.compliance || next.rival_coupon_id !== offer.rival_coupon_id) changed.push({ id: offer.id, ...next })
  }
  if (changed.length) await service.updateExchangeOffers(changed)
  return changed.map((c) => c.id)
}
