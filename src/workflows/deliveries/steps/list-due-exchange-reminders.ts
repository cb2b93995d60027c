import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { ExchangeReminderInput } from "../../../modules/coupon-marketing/types/deliveries"
import { exchangeReminderDeliveries } from "../utils/exchange-reminder"

export const listDueExchangeRemindersStepId = "coupon-marketing-list-due-exchange-reminders"

/**
 * POINTS-8: the exchanges whose unused coupon expires within `points.reminder_days` and whose
 * holder was not reminded yet, each with the deliveries that remind its holder (the customer's
 * address and first name from the Customer Module). A read: nothing to undo.
 */
export const listDueExchangeRemindersStep = createStep(
  listDueExchangeRemindersStepId,
  async (input: { now?: Date | string; limit?: number }, { container }) => {
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const { timezone, points } = service.getOptions()
    const now = input.now ? new Date(input.now) : new Date()
    const until = new Date(now.getTime() + points.reminder_days * 24 * 3600_000)
    const due = await service.listDueExchangeReminders(now, until, input.limit)
    if (!due.length) return new StepResponse([] as ExchangeReminderInput[])
    const customers = await container.resolve(Modules.CUSTOMER).listCustomers(
      { id: [...new Set(due.map((d) => d.customer_id))] },
      { select: ["id", "email", "first_name"] }
    )
    const byId = new Map(customers.map((c) => [c.id, c]))
    return new StepResponse(due.map((row) => exchangeReminderDeliveries(row, byId.get(row.customer_id), timezone)))
  }
)
