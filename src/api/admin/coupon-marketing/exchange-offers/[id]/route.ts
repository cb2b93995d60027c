import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../modules/coupon-marketing/service"
import { updateExchangeOfferWorkflow } from "../../../../../workflows/points/workflows/update-exchange-offer"
import { deleteExchangeOfferWorkflow } from "../../../../../workflows/points/workflows/delete-exchange-offer"
import { toOffer } from "../../../../../workflows/points/utils/offer-row"
import type { AdminUpdateExchangeOfferType } from "../validators"
import type { AdminExchangeOfferDeleteResponse, AdminExchangeOfferResponse } from "../../../../../types/http"

async function load(req: AuthenticatedMedusaRequest) {
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const [offer] = await service.listExchangeOffers({ id: req.params.id })
  if (!offer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Exchange offer with id: ${req.params.id} was not found`)
  return offer
}

/** GET /admin/coupon-marketing/exchange-offers/:id → `{ exchange_offer }` */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminExchangeOfferResponse<Date>>) => {
  res.json({ exchange_offer: toOffer(await load(req)) })
}

/** POST /admin/coupon-marketing/exchange-offers/:id → `{ exchange_offer }` */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateExchangeOfferType>, res: MedusaResponse<AdminExchangeOfferResponse<Date>>) => {
  await updateExchangeOfferWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } })
  res.json({ exchange_offer: toOffer(await load(req)) })
}

/**
 * DELETE /admin/coupon-marketing/exchange-offers/:id — withdraws the offer and retires its
 * coupon. Codes already exchanged stay valid until they expire (they were paid for with points).
 */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminExchangeOfferDeleteResponse>) => {
  const { result } = await deleteExchangeOfferWorkflow(req.scope).run({ input: req.params.id })
  res.json({ id: result.id, object: "exchange_offer", deleted: true })
}
