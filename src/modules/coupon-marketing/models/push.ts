import { model } from "@medusajs/framework/utils"
import { PUSH_STATUSES } from "../domain/pushes/status"
import { PUSH_TYPES } from "../domain/pushes/schedule"

/**
 * A coupon push (SPEC §2 PUSH-3…PUSH-13): a plugin coupon sent to an audience at a slot, on
 * every channel the recipient may receive. Its messages are rows of `cm_delivery` (purpose
 * `push:<id>`, key `push:<id>:<customer>:<channel>`), so counts per channel are read from there.
 * `resolve_cursor` is the last customer id written as deliveries: a dispatcher that dies while
 * resolving the audience goes on from it (and the unique delivery key makes a repeat harmless).
 */
export const Push = model
  .define({ name: "Push", tableName: "cm_push" }, {
    id: model.id({ prefix: "cpush" }).primaryKey(),
    type: model.enum([...PUSH_TYPES]),
    status: model.enum([...PUSH_STATUSES]).default("scheduled"),
    coupon_id: model.text(),
    send_at: model.dateTime(),
    channels: model.json(),
    audience: model.json(),
    best_items: model.json(),
    banner: model.json().nullable(),
    /** Resolved recipients (0 until the audience is resolved). */
    recipients: model.number().default(0),
    /** Recipients the consent rule kept from one channel or all, by reason. */
    excluded: model.json().nullable(),
    resolve_cursor: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
    started_at: model.dateTime().nullable(),
    sent_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    /** The `recipients` planned at creation (direct pushes: the per-channel daily cap). */
    planned_recipients: model.number().default(0),
    metadata: model.json().nullable(),
  })
  .indexes([
    { name: "IDX_cm_push_due", on: ["send_at"], where: "deleted_at IS NULL AND status IN ('scheduled', 'sending')" },
    { name: "IDX_cm_push_type_send_at", on: ["type", "send_at"], where: "deleted_at IS NULL" },
  ])
