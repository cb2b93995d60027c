import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CouponMarketingEvents } from "../../../types/events"
import { DepositBudgetInput, depositBudgetStep } from "../steps/deposit-budget"

export const depositBudgetWorkflowId = "coupon-marketing-deposit-budget"

/** POINTS-6: a deposit into the exchange budget; emits BUDGET_DEPOSITED. */
export const depositBudgetWorkflow = createWorkflow(depositBudgetWorkflowId, (input: DepositBudgetInput) => {
  const deposit = depositBudgetStep(input)
  emitEventStep({
    eventName: CouponMarketingEvents.BUDGET_DEPOSITED,
    data: transform({ deposit }, ({ deposit }) => ({ currency_code: deposit.currency_code, entry_id: deposit.id, amount: deposit.amount })),
  })
  return new WorkflowResponse(deposit)
})
