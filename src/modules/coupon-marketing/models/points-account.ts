import { model } from "@medusajs/framework/utils"

/**
 * A customer's points account (POINTS-1). `balance` is kept equal to the sum of the
 * customer's ledger entries: both change in one transaction, under this row's lock, so a
 * balance read is one row whatever the ledger's length.
 */
export const PointsAccount = model
  .define({ name: "PointsAccount", tableName: "cm_points_account" }, {
    id: model.id({ prefix: "cmpa" }).primaryKey(),
    customer_id: model.text(),
    balance: model.number().default(0),
  })
  .indexes([{ name: "IDX_cm_points_account_customer_unique", on: ["customer_id"], unique: true, where: "deleted_at IS NULL" }])
