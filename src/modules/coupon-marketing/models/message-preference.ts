import { model } from "@medusajs/framework/utils"

/**
 * PUSH-2: one customer's consent to coupon messages, per channel (on until they opt out), and
 * their verified email (double opt-in): which address was confirmed and when. A customer
 * whose email changed since is not verified any more (the address no longer matches). No row:
 * every channel on, nothing verified.
 */
export const MessagePreference = model
  .define({ name: "MessagePreference", tableName: "cm_message_preference" }, {
    id: model.id({ prefix: "cmpref" }).primaryKey(),
    customer_id: model.text(),
    email: model.boolean().default(true),
    feed: model.boolean().default(true),
    push: model.boolean().default(true),
    email_verified_at: model.dateTime().nullable(),
    /** The address that was confirmed (lower case). */
    email_verified_address: model.text().nullable(),
    /** The last time an emailed unsubscribe link was followed. */
    unsubscribed_at: model.dateTime().nullable(),
  })
  .indexes([{ name: "IDX_cm_message_preference_customer_unique", on: ["customer_id"], unique: true, where: "deleted_at IS NULL" }])
