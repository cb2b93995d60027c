import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../modules/coupon-marketing/service"
import { createExchangeOfferWorkflow } from "../../../../workflows/points/workflows/create-exchange-offer"
import { toOffer } from "../../../../workflows/points/utils/offer-row"
import type { AdminCreateExchangeOfferType, AdminListExchangeOffersType } from "./validators"
import type { AdminExchangeOfferListResponse, AdminExchangeOfferResponse } from "../../../../types/http"

/**
 * GET /admin/coupon-marketing/exchange-offers?limit&offset&order → `{ exchange_offers, count,
 * offset, limit, denominations }`, newest first unless `order` says otherwise. `denominations`: the face values an offer may have (the
 * plugin's `points.denominations` option).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListExchangeOffersType>, res: MedusaResponse<AdminExchangeOfferListResponse<Date>>) => {
  const { limit, offset } = req.validatedQuery
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const [offers, count] = await service.listAndCountExchangeOffers({}, req.listConfig)
  const denominations = [...service.getOptions().points.denominations].sort((a, b) => a - b)
  res.json({ exchange_offers: offers.map((o) => toOffer(o)), count, offset, limit, denominations })
}

/** POST /admin/coupon-marketing/exchange-offers (POINTS-4, POINTS-5) → 201 `{ exchange_offer }` */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateExchangeOfferType>, res: MedusaResponse<AdminExchangeOfferResponse<Date>>) => {
  const { result } = await createExchangeOfferWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ exchange_offer: toOffer(result) })
}
