import { model } from "@medusajs/framework/utils"
import { POINTS_ENTRY_TYPES } from "../../../types/points"

/**
 * One line of a points ledger (POINTS-1): append-only, signed, with a reason and a unique
 * idempotency key (`earn:<order id>`, `reverse:<order id>`, `exchange:<id>`, …) so that a
 * repeated event or a retried request adds nothing. `remaining` tracks how much of a credit
 * is still unspent, so debits and expiry take the oldest points first (POINTS-3).
 */
export const PointsEntry = model
  .define({ name: "PointsEntry", tableName: "cm_points_entry" }, {
    id: model.id({ prefix: "cmpe" }).primaryKey(),
    customer_id: model.text(),
    type: model.enum([...POINTS_ENTRY_TYPES]),
    points: model.number(),
    reason: model.text(),
    idempotency_key: model.text(),
    order_id: model.text().nullable(),
    exchange_id: model.text().nullable(),
    /** Credits only: when the unspent part expires (POINTS-3), and how much is unspent. */
    expires_at: model.dateTime().nullable(),
    remaining: model.number().default(0),
    balance_after: model.number(),
    /** Manual adjustments: the admin user who made it (POINTS-3). */
    created_by: model.text().nullable(),
  })
  .indexes([
    { name: "IDX_cm_points_entry_key_unique", on: ["idempotency_key"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_cm_points_entry_customer", on: ["customer_id", "created_at"], where: "deleted_at IS NULL" },
    { name: "IDX_cm_points_entry_expiring", on: ["expires_at"], where: "deleted_at IS NULL AND remaining > 0" },
  ])
