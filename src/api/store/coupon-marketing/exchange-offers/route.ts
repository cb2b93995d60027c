import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../modules/coupon-marketing/service"
import { toOffer } from "../../../../workflows/points/utils/offer-row"
import type { StoreListExchangeOffersType } from "./validators"
import type { StoreExchangeOfferListResponse } from "../../../../types/http"

/**
 * GET /store/coupon-marketing/exchange-offers → `{ exchange_offers, count, offset, limit, balance }`:
 * the offers shoppers can see now — compliant (POINTS-5), inside their window, in stock —
 * cheapest first unless `order` says otherwise. For a logged-in customer each says whether it is `affordable`.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListExchangeOffersType>, res: MedusaResponse<StoreExchangeOfferListResponse<Date>>) => {
  const { limit, offset } = req.validatedQuery
  const { order } = req.queryConfig.pagination
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const now = Date.now()
  // Visibility depends on the clock and the stock: filtered after reading (a store has few offers).
  const offers = (await service.listExchangeOffers({ compliance: "compliant" }, { order })).filter(
    (o) =>
      o.exchanged_count < o.stock &&
      (!o.starts_at || new Date(o.starts_at).getTime() <= now) &&
      (!o.ends_at || new Date(o.ends_at).getTime() > now)
  )
  const customerId = req.auth_context?.actor_id
  const balance = customerId ? await service.getPointsBalance(customerId) : null
  const page = offers.slice(offset, offset + limit).map((o) => {
    const { coupon_id: _c, non_compliant_reason: _r, rival_coupon_id: _x, compliance: _s, ...shown } = toOffer(o)
    return balance === null ? shown : { ...shown, affordable: balance >= o.points_cost }
  })
  res.json({ exchange_offers: page, count: offers.length, offset, limit, balance })
}
