import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"

export const exchangePointsStepId = "coupon-marketing-exchange-points"

export type ExchangePointsInput = { customer_id: string; offer_id: string }

/**
 * POINTS-7: the exchange, all or nothing in the service's one transaction (points, budget,
 * stock, code). Answers it with its code's id. Compensation undoes it when a later step
 * fails: the code and the exchange go, the points come back, the budget draw and the stock
 * are given back.
 */
export const exchangePointsStep = createStep(
  exchangePointsStepId,
  async (input: ExchangePointsInput, { container }) => {
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const { face_value, currency_code, ...exchange } = await service.exchangePoints(input)
    return new StepResponse(
      { ...exchange, customer_id: input.customer_id },
      { id: exchange.id, customer_id: input.customer_id, offer_id: exchange.offer_id, code_id: exchange.code_id, points: exchange.points, face_value, currency_code }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    await service.softDeleteCouponCodes(undo.code_id)
    await service.softDeletePointsExchanges(undo.id)
    await service.appendPoints({
      customer_id: undo.customer_id,
      type: "refund",
      points: undo.points,
      reason: "Exchange undone",
      idempotency_key: `undo:exchange:${undo.id}`,
      exchange_id: undo.id,
    })
    const draws = await service.listBudgetEntries({ exchange_id: undo.id }, { select: ["id"] })
    if (draws.length) await service.softDeleteBudgetEntries(draws.map((d) => d.id))
    const [account] = await service.listBudgetAccounts({ currency_code: undo.currency_code })
    if (account) await service.updateBudgetAccounts({ id: account.id, drawn: Number(account.drawn) - undo.face_value })
    const [offer] = await service.listExchangeOffers({ id: undo.offer_id }, { select: ["id", "exchanged_count"], withDeleted: true })
    if (offer) await service.updateExchangeOffers({ id: offer.id, exchanged_count: Math.max(0, offer.exchanged_count - 1) })
  }
)
