import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { formatIndividualCode } from "../../../../../../modules/coupon-marketing/domain/coupons"
import { exchangePointsWorkflow } from "../../../../../../workflows/points/workflows/exchange-points"
import type { StoreCreateExchangeType } from "../validators"
import type { StoreExchangeResponse } from "../../../../../../types/http"

/**
 * POST /store/coupon-marketing/me/points/exchanges `{ offer_id }` (POINTS-7) → 201 `{ exchange }`
 * with the issued code. Points, budget, stock and the code move together or not at all;
 * refusals answer 400 `{ code: "exchange_refused", message }` saying why.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateExchangeType>, res: MedusaResponse<StoreExchangeResponse<Date>>) => {
  const { result } = await exchangePointsWorkflow(req.scope).run({ input: { customer_id: req.auth_context.actor_id, offer_id: req.validatedBody.offer_id } })
  const { customer_id: _c, code_id: _k, ...exchange } = result
  res.status(201).json({ exchange: { ...exchange, code: formatIndividualCode(exchange.code) } })
}
