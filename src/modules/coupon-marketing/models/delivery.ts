import { model } from "@medusajs/framework/utils"
import { DELIVERY_STATUSES } from "../types/deliveries"

/**
 * One message the plugin sends (exchange reminders, pushes, gifts): one row per purpose,
 * recipient and channel, under a unique `key` (`exchange-reminder:<exchange id>:email`), so
 * queueing twice is harmless. A job claims due `pending` rows, sends each through the
 * Notification Module with the row's id as `idempotency_key`, and marks it `sent`; a failed
 * send is retried with backoff until `delivery.max_attempts`, then `failed`. A channel the
 * store has no provider for is `skipped`.
 */
export const Delivery = model
  .define({ name: "Delivery", tableName: "cm_delivery" }, {
    id: model.id({ prefix: "cmdlv" }).primaryKey(),
    key: model.text(),
    /** What the message is for: `exchange_reminder`, later `push`, `gift`. */
    purpose: model.text(),
    channel: model.text(),
    /** The customer it is for (null for a message to the store's admins). */
    customer_id: model.text().nullable(),
    /** The Notification Module's `to`: an email address, a customer id for `feed`, … */
    to: model.text(),
    template: model.text(),
    data: model.json().nullable(),
    content: model.json().nullable(),
    resource_id: model.text().nullable(),
    resource_type: model.text().nullable(),
    status: model.enum([...DELIVERY_STATUSES]).default("pending"),
    attempts: model.number().default(0),
    /** When the next attempt is due; while a worker holds the row, the end of its lease. */
    next_attempt_at: model.dateTime(),
    last_error: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
    /** The Notification Module's record of the send (its id is fixed when the row is queued). */
    notification_id: model.text(),
    /** PUSH-12: when the customer read this `feed` message in their inbox. */
    read_at: model.dateTime().nullable(),
  })
  .indexes([
    { name: "IDX_cm_delivery_key_unique", on: ["key"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_cm_delivery_due_in_order", on: ["next_attempt_at", "id"], where: "deleted_at IS NULL AND status = 'pending'" },
    { name: "IDX_cm_delivery_resource", on: ["resource_id"], where: "deleted_at IS NULL" },
    { name: "IDX_cm_delivery_inbox", on: ["customer_id", "channel", "sent_at"], where: "deleted_at IS NULL AND status = 'sent'" },
  ])
