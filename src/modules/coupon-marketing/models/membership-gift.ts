import { model } from "@medusajs/framework/utils"

/**
 * A membership sign-up gift activity (SPEC §4 GIFT-1…GIFT-3): a window, a package of 1 to 3
 * prizes (`prizes`, json: `{ type, amount | coupon_id, currency_code? }`), and the manual close.
 * Status is never stored: it is derived from time, `draft` and `closed_at` (domain/gifts).
 */
export const MembershipGift = model
  .define({ name: "MembershipGift", tableName: "cm_membership_gift" }, {
    id: model.id({ prefix: "cmgift" }).primaryKey(),
    name: model.text(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    draft: model.boolean().default(false),
    closed_at: model.dateTime().nullable(),
    prizes: model.json(),
    metadata: model.json().nullable(),
  })
  .indexes([{ name: "IDX_cm_membership_gift_window", on: ["starts_at", "ends_at"], where: "deleted_at IS NULL" }])
