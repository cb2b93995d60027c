import { model } from "@medusajs/framework/utils"

/**
 * The running totals of the exchange budget, one row per currency (POINTS-6): locked by every
 * deposit and exchange, so the budget is never overdrawn. Equal to its ledger's sums.
 */
export const BudgetAccount = model
  .define({ name: "BudgetAccount", tableName: "cm_budget_account" }, {
    id: model.id({ prefix: "cmba" }).primaryKey(),
    currency_code: model.text(),
    deposited: model.bigNumber().default(0),
    drawn: model.bigNumber().default(0),
    deposits: model.number().default(0),
  })
  .indexes([{ name: "IDX_cm_budget_account_currency_unique", on: ["currency_code"], unique: true, where: "deleted_at IS NULL" }])
