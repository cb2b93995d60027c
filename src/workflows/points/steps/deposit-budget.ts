import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { DepositBudgetInput } from "../../../modules/coupon-marketing/types/points"

export const depositBudgetStepId = "coupon-marketing-deposit-budget"

export type { DepositBudgetInput, DepositRow } from "../../../modules/coupon-marketing/types/points"

/**
 * POINTS-6: one deposit into the exchange budget, with its deposit number. Compensation
 * removes the entry and takes its amount off the account's deposits (the number stays
 * used, like a voided receipt).
 */
export const depositBudgetStep = createStep(
  depositBudgetStepId,
  async (input: DepositBudgetInput, { container }) => {
    const deposit = await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).depositBudget(input)
    return new StepResponse(deposit, { id: deposit.id, amount: deposit.amount, currency_code: deposit.currency_code })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    await service.softDeleteBudgetEntries(undo.id)
    const [account] = await service.listBudgetAccounts({ currency_code: undo.currency_code })
    if (account) await service.updateBudgetAccounts({ id: account.id, deposited: Number(account.deposited) - undo.amount })
  }
)
