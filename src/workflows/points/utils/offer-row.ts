import type { ExchangeOfferDTO } from "../../../modules/coupon-marketing/types/dto"
import type { AdminExchangeOffer } from "../../../types/http"

/** An exchange offer as the APIs answer it (money as numbers, stock left). */
export function toOffer(offer: ExchangeOfferDTO): AdminExchangeOffer<Date> {
  return {
    id: offer.id,
    name: offer.name,
    coupon_id: offer.coupon_id,
    face_value: Number(offer.face_value),
    threshold: Number(offer.threshold),
    currency_code: offer.currency_code,
    points_cost: offer.points_cost,
    stock: offer.stock,
    exchanged_count: offer.exchanged_count,
    stock_left: Math.max(0, offer.stock - offer.exchanged_count),
    per_customer_limit: offer.per_customer_limit,
    valid_days: offer.valid_days,
    starts_at: offer.starts_at,
    ends_at: offer.ends_at,
    compliance: offer.compliance,
    non_compliant_reason: offer.non_compliant_reason,
    rival_coupon_id: offer.rival_coupon_id,
    created_at: offer.created_at,
  }
}
