import { model } from "@medusajs/framework/utils"

/**
 * One grant of a sign-up gift to one new member (GIFT-5), unique per (activity, customer): the
 * row is written first, so a `customer.created` delivered three times at once grants once.
 * `status` is `granting` until every prize is given (a grant left `granting` by a dead worker is
 * taken up again by the next delivery), then `granted`; `prizes` records what was given
 * (points entry id, code ids and codes).
 */
export const MembershipGiftGrant = model
  .define({ name: "MembershipGiftGrant", tableName: "cm_membership_gift_grant" }, {
    id: model.id({ prefix: "cmgg" }).primaryKey(),
    activity_id: model.text(),
    customer_id: model.text(),
    status: model.enum(["granting", "granted"]).default("granting"),
    prizes: model.json().nullable(),
    granted_at: model.dateTime().nullable(),
  })
  .indexes([
    { name: "IDX_cm_membership_gift_grant_unique", on: ["activity_id", "customer_id"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_cm_membership_gift_grant_activity", on: ["activity_id", "created_at"], where: "deleted_at IS NULL" },
  ])
