import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { ExchangeUndo } from "../../../modules/coupon-marketing/types/points"

export const exchangePointsStepId = "coupon-marketing-exchange-points"

export type ExchangePointsInput = { customer_id: string; offer_id: string }

/**
 * POINTS-7: the exchange, all or nothing in the service's one transaction (points, budget,
 * stock, code). Answers it with its code's id. Compensation, when a later step fails, undoes
 * exactly the rows this exchange wrote, by their ids and in one transaction (the service's
 * `undoExchange`): its code and exchange go, its draw goes back to the budget, its unit to the
 * offer's stock, its points to the credits they were taken from. Run twice, it does nothing more.
 */
export const exchangePointsStep = createStep(
  exchangePointsStepId,
  async (input: ExchangePointsInput, { container }) => {
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const { face_value: _f, currency_code: _c, undo, ...exchange } = await service.exchangePoints(input)
    return new StepResponse({ ...exchange, customer_id: input.customer_id }, undo)
  },
  async (undo: ExchangeUndo | undefined, { container }) => {
    if (!undo) return
    await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).undoExchange(undo)
  }
)
