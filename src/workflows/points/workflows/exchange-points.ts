import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CouponMarketingEvents } from "../../../types/events"
import { ExchangePointsInput, exchangePointsStep } from "../steps/exchange-points"

export const exchangePointsWorkflowId = "coupon-marketing-exchange-points"

/** POINTS-7: exchanges a customer's points for an offer's coupon; emits POINTS_EXCHANGED. */
export const exchangePointsWorkflow = createWorkflow(exchangePointsWorkflowId, (input: ExchangePointsInput) => {
  const exchange = exchangePointsStep(input)
  emitEventStep({
    eventName: CouponMarketingEvents.POINTS_EXCHANGED,
    data: transform({ exchange }, ({ exchange }) => ({
      exchange_id: exchange.id,
      customer_id: exchange.customer_id,
      offer_id: exchange.offer_id,
      coupon_id: exchange.coupon_id,
      code_id: exchange.code_id,
      points: exchange.points,
    })),
  })
  return new WorkflowResponse(exchange)
})
