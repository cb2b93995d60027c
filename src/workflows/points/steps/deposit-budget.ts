import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { DepositBudgetInput } from "../../../modules/coupon-marketing/types/points"

export type { DepositBudgetInput, DepositRow } from "../../../modules/coupon-marketing/types/points"

export const depositBudgetStepId = "coupon-marketing-deposit-budget"

/**
 * POINTS-6: one deposit into the exchange budget, with its deposit number. Compensation undoes
 * exactly that deposit by its entry id, in one transaction (the service's `undoDeposit`): the
 * entry goes and its amount comes off the deposits (the number stays used, like a voided
 * receipt). Run twice, it does nothing more.
 */
export const depositBudgetStep = createStep(
  depositBudgetStepId,
  async (input: DepositBudgetInput, { container }) => {
    const deposit = await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).depositBudget(input)
    return new StepResponse(deposit, deposit.id)
  },
  async (entryId: string | undefined, { container }) => {
    if (!entryId) return
    await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).undoDeposit(entryId)
  }
)
