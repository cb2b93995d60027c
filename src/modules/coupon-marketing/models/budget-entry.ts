import { model } from "@medusajs/framework/utils"

/**
 * The exchange budget's ledger (POINTS-6): deposits (with a reason and a readable number) and
 * draws (one per exchange, its face value). Remaining = deposits − draws, never negative.
 */
export const BudgetEntry = model
  .define({ name: "BudgetEntry", tableName: "cm_budget_entry" }, {
    id: model.id({ prefix: "cmbe" }).primaryKey(),
    type: model.enum(["deposit", "draw"]),
    amount: model.bigNumber(),
    currency_code: model.text(),
    reason: model.text().nullable(),
    deposit_number: model.text().nullable(),
    exchange_id: model.text().nullable(),
    idempotency_key: model.text(),
  })
  .indexes([
    { name: "IDX_cm_budget_entry_key_unique", on: ["idempotency_key"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_cm_budget_entry_currency", on: ["currency_code", "type"], where: "deleted_at IS NULL" },
  ])
