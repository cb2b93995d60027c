import { generateEntityId } from "@medusajs/framework/utils"
import type { SqlManager } from "./sql"
import type { EmailVerificationRow, PreferencePatch, PreferenceRow } from "../types/followers"
import { MESSAGE_CHANNELS } from "../domain/followers/consent"

const PREF_COLUMNS = "customer_id, email, feed, push, email_verified_at, email_verified_address, unsubscribed_at"
const CONFLICT = "on conflict (customer_id) where deleted_at is null"

export async function findPreference(manager: SqlManager, customerId: string): Promise<PreferenceRow | undefined> {
  const [row] = await manager.execute<PreferenceRow[]>(
    `select ${PREF_COLUMNS} from cm_message_preference where customer_id = ? and deleted_at is null`,
    [customerId]
  )
  return row
}

export async function listPreferences(manager: SqlManager, customerIds: string[]): Promise<PreferenceRow[]> {
  if (!customerIds.length) return []
  return await manager.execute<PreferenceRow[]>(
    `select ${PREF_COLUMNS} from cm_message_preference where customer_id in (?) and deleted_at is null`,
    [customerIds]
  )
}

/** PUSH-2: sets the given channels on or off (the others keep their value; no record yet: on). Answers the record. */
export async function savePreference(manager: SqlManager, customerId: string, patch: PreferencePatch): Promise<PreferenceRow> {
  const channels = MESSAGE_CHANNELS.filter((c) => typeof patch[c] === "boolean")
  const values = MESSAGE_CHANNELS.map((c) => (typeof patch[c] === "boolean" ? patch[c] : true))
  const set = channels.length ? channels.map((c) => `${c} = excluded.${c}`).join(", ") + ", updated_at = now()" : "updated_at = now()"
  const [row] = await manager.execute<PreferenceRow[]>(
    `insert into cm_message_preference (id, customer_id, email, feed, push) values (?, ?, ?, ?, ?)
     ${CONFLICT} do update set ${set}
     returning ${PREF_COLUMNS}`,
    [generateEntityId(undefined, "cmpref"), customerId, ...values]
  )
  return row
}

/**
 * PUSH-2 one-click unsubscribe: turns `channel` off. Idempotent: a second call changes nothing
 * (the first time stays in `unsubscribed_at`). Answers the record and whether it was on before.
 */
export async function unsubscribe(manager: SqlManager, customerId: string, channel: (typeof MESSAGE_CHANNELS)[number], now: Date) {
  const before = await findPreference(manager, customerId)
  const wasOn = before ? before[channel] !== false : true
  const [row] = await manager.execute<PreferenceRow[]>(
    `insert into cm_message_preference (id, customer_id, ${channel}, unsubscribed_at) values (?, ?, false, ?)
     ${CONFLICT} do update set ${channel} = false,
       unsubscribed_at = case when cm_message_preference.${channel} then excluded.unsubscribed_at else coalesce(cm_message_preference.unsubscribed_at, excluded.unsubscribed_at) end,
       updated_at = now()
     returning ${PREF_COLUMNS}`,
    [generateEntityId(undefined, "cmpref"), customerId, now]
  )
  return { preference: row, changed: wasOn }
}

/** PUSH-2: records which address was confirmed, and when. */
export async function recordEmailVerified(manager: SqlManager, customerId: string, email: string, now: Date): Promise<PreferenceRow> {
  const [row] = await manager.execute<PreferenceRow[]>(
    `insert into cm_message_preference (id, customer_id, email_verified_at, email_verified_address) values (?, ?, ?, ?)
     ${CONFLICT} do update set email_verified_at = excluded.email_verified_at, email_verified_address = excluded.email_verified_address, updated_at = now()
     returning ${PREF_COLUMNS}`,
    [generateEntityId(undefined, "cmpref"), customerId, now, email]
  )
  return row
}

/** How many verification emails the customer asked for (numbers the next one's delivery key). */
export async function countVerifications(manager: SqlManager, customerId: string): Promise<number> {
  const [{ count }] = await manager.execute<{ count: number }[]>(
    `select count(*)::int as count from cm_email_verification where customer_id = ?`,
    [customerId]
  )
  return count
}

export async function insertVerification(manager: SqlManager, input: { customer_id: string; email: string; expires_at: Date }): Promise<EmailVerificationRow> {
  const [row] = await manager.execute<EmailVerificationRow[]>(
    `insert into cm_email_verification (id, customer_id, email, expires_at) values (?, ?, ?, ?)
     returning id, customer_id, email, expires_at, used_at, created_at`,
    [generateEntityId(undefined, "cmevr"), input.customer_id, input.email, input.expires_at]
  )
  return row
}

export async function deleteVerification(manager: SqlManager, id: string): Promise<void> {
  await manager.execute(`delete from cm_email_verification where id = ? and used_at is null`, [id])
}

/**
 * Uses a verification once: a conditional update, so of two confirmations at once only one
 * wins. Answers `used` (this call used it), `reused` (used before) or `missing`.
 */
export async function useVerification(manager: SqlManager, id: string, now: Date): Promise<{ result: "used" | "reused" | "missing"; row?: EmailVerificationRow }> {
  const [row] = await manager.execute<EmailVerificationRow[]>(
    `update cm_email_verification set used_at = ?, updated_at = now()
      where id = ? and used_at is null and deleted_at is null
      returning id, customer_id, email, expires_at, used_at, created_at`,
    [now, id]
  )
  if (row) return { result: "used", row }
  const [existing] = await manager.execute<EmailVerificationRow[]>(
    `select id, customer_id, email, expires_at, used_at, created_at from cm_email_verification where id = ? and deleted_at is null`,
    [id]
  )
  return existing ? { result: "reused", row: existing } : { result: "missing" }
}
