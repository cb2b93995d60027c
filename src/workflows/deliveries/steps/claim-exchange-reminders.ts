import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { ExchangeReminderInput } from "../../../modules/coupon-marketing/types/deliveries"

export const claimExchangeRemindersStepId = "coupon-marketing-claim-exchange-reminders"

/**
 * POINTS-8: marks the exchanges reminded and queues their deliveries in one transaction (an
 * exchange another run claimed first is left out). Compensation makes them remindable again
 * and removes the deliveries still pending.
 */
export const claimExchangeRemindersStep = createStep(
  claimExchangeRemindersStepId,
  async (input: { reminders: ExchangeReminderInput[]; now?: Date | string }, { container }) => {
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const claimed = await service.claimExchangeReminders(input.reminders, input.now ? new Date(input.now) : new Date())
    return new StepResponse(claimed, { exchange_ids: claimed.exchange_ids, delivery_ids: claimed.deliveries.map((d) => d.id) })
  },
  async (undo, { container }) => {
    if (!undo?.exchange_ids.length) return
    await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).releaseExchangeReminders(undo.exchange_ids, undo.delivery_ids)
  }
)
