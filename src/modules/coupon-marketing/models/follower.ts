import { model } from "@medusajs/framework/utils"

/**
 * PUSH-1: one period of a customer following the store. Following opens a row, unfollowing
 * closes it (`unfollowed_at`); following again opens a new row with a new `followed_at`, so the
 * history stays for counts. At most one open row per customer (partial unique index), which
 * makes following twice harmless.
 */
export const Follower = model
  .define({ name: "Follower", tableName: "cm_follower" }, {
    id: model.id({ prefix: "cmfol" }).primaryKey(),
    customer_id: model.text(),
    followed_at: model.dateTime(),
    unfollowed_at: model.dateTime().nullable(),
  })
  .indexes([
    { name: "IDX_cm_follower_open_unique", on: ["customer_id"], unique: true, where: "deleted_at IS NULL AND unfollowed_at IS NULL" },
    { name: "IDX_cm_follower_followed_at", on: ["followed_at"], where: "deleted_at IS NULL" },
  ])
