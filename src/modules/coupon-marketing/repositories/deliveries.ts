import { entityIds } from "./ids"
import { executeBound, type SqlManager } from "./sql"
import type { DeliveryAttemptResult, DeliveryRow, DueExchangeReminder, EnqueueDeliveryInput, RecordedDeliveryRow } from "../types/deliveries"

/** The longest error text kept on a delivery. */
const ERROR_LENGTH = 2000

/**
 * Queues messages: one row per key, `on conflict do nothing` against the unique key, so a key
 * queued before (whatever its status) is left alone. Answers the rows this call created (none
 * with `returning: false`, for callers that do not read them back). The
 * notification's id is fixed here, so every attempt of one delivery names the same notification.
 */
export async function insertDeliveries(manager: SqlManager, inputs: EnqueueDeliveryInput[], now: Date, options: { returning?: boolean } = {}): Promise<DeliveryRow[]> {
  if (!inputs.length) return []
  const ids = entityIds("cmdlv", inputs.length)
  const notificationIds = entityIds("noti", inputs.length)
  // One parameter, the rows as JSON, read back by jsonb_to_recordset: Postgres parses one JSON
  // text much faster than a VALUES list of thousands of rows with a bound parameter per value
  // (a push writes 3,000 rows a page).
  const rows = inputs.map((d, i) => ({
    id: ids[i], key: d.key, purpose: d.purpose, channel: d.channel, customer_id: d.customer_id ?? null, to: d.to, template: d.template,
    data: d.data ?? null, content: d.content ?? null, resource_id: d.resource_id ?? null, resource_type: d.resource_type ?? null,
    next_attempt_at: d.send_at ?? now, notification_id: notificationIds[i],
  }))
  return await executeBound<DeliveryRow[]>(
    manager,
    `insert into cm_delivery (id, key, purpose, channel, customer_id, "to", template, data, content, resource_id, resource_type, status, attempts, next_attempt_at, notification_id)
     select id, key, purpose, channel, customer_id, "to", template, data, content, resource_id, resource_type, 'pending', 0, next_attempt_at, notification_id
       from jsonb_to_recordset(?::jsonb) as t(id text, key text, purpose text, channel text, customer_id text, "to" text, template text,
            data jsonb, content jsonb, resource_id text, resource_type text, next_attempt_at timestamptz, notification_id text)
     on conflict (key) where deleted_at is null do nothing
     ${options.returning === false ? "" : "returning *"}`,
    [JSON.stringify(rows)]
  )
}

/**
 * Claims up to `limit` due pending deliveries for one worker: `for update skip locked`, so
 * workers running at once never take the same row, and the claim moves `next_attempt_at` to the
 * end of a lease, so the row stays out of other claims while it is sent. A worker that dies
 * mid-send lets its rows come due again when the lease ends (the idempotency key keeps a
 * notification that did go out from going out twice).
 */
export async function claimDueDeliveries(manager: SqlManager, now: Date, limit: number, leaseSeconds: number, purposes?: string[]): Promise<DeliveryRow[]> {
  const byPurpose = purposes?.length ? "and purpose in (?)" : ""
  return await manager.execute<DeliveryRow[]>(
    `update cm_delivery d set next_attempt_at = ?::timestamptz + make_interval(secs => ?), updated_at = now()
      where d.id in (
        select id from cm_delivery
         where status = 'pending' and deleted_at is null and next_attempt_at <= ? ${byPurpose}
         order by next_attempt_at, id
         limit ?
           for update skip locked)
     returning d.*`,
    [now, leaseSeconds, now, ...(purposes?.length ? [purposes] : []), limit]
  )
}

/** Attempts recorded per statement. */
const RECORD_CHUNK = 1000

/**
 * Records attempts of pending deliveries, many per statement: `sent`; `skipped` (no provider
 * for its channel, or consent withdrawn); or, on an error, back to `pending` due
 * `retryBaseSeconds · 2^(attempts − 1)` later — `failed` once it reached `maxAttempts`. Answers
 * the rows recorded (their state: reading their message back would cost a push's sends a
 * tenth of their time); a delivery no longer pending (another run recorded it) is left alone and
 * not answered.
 */
export async function recordDeliveryAttempts(
  manager: SqlManager,
  attempts: { id: string; result: DeliveryAttemptResult }[],
  now: Date,
  retry: { max_attempts: number; retry_base_seconds: number }
): Promise<RecordedDeliveryRow[]> {
  const out: RecordedDeliveryRow[] = []
  for (let i = 0; i < attempts.length; i += RECORD_CHUNK) {
    const chunk = attempts.slice(i, i + RECORD_CHUNK)
    // The attempts as one JSON parameter (jsonb_to_recordset), as insertDeliveries writes rows.
    const results = chunk.map(({ id, result }) => ({
      id, ok: result.ok, skip: !result.ok && !!result.skip, error: result.ok ? null : result.error.replace(/\u0000/g, "").slice(0, ERROR_LENGTH), notification_id: result.ok ? (result.notification_id ?? null) : null,
    }))
    const rows = await executeBound<RecordedDeliveryRow[]>(
      manager,
      `update cm_delivery d
          set attempts = d.attempts + 1,
              status = case when v.ok then 'sent' when v.skip then 'skipped' when d.attempts + 1 >= ? then 'failed' else 'pending' end,
              sent_at = case when v.ok then ?::timestamptz else d.sent_at end,
              last_error = case when v.ok then null else v.error end,
              notification_id = case when v.ok then coalesce(v.notification_id, d.notification_id) else d.notification_id end,
              next_attempt_at = case when v.ok or v.skip then d.next_attempt_at
                                     else ?::timestamptz + make_interval(secs => ? * power(2, d.attempts)) end,
              updated_at = now()
         from jsonb_to_recordset(?::jsonb) as v(id text, ok boolean, skip boolean, error text, notification_id text)
        where d.id = v.id and d.status = 'pending' and d.deleted_at is null
        returning d.id, d.key, d.purpose, d.channel, d.customer_id, d.resource_id, d.status, d.attempts, d.next_attempt_at, d.last_error, d.sent_at, d.notification_id`,
      [retry.max_attempts, now, now, retry.retry_base_seconds, JSON.stringify(results)]
    )
    out.push(...rows)
  }
  return out
}

/**
 * POINTS-8: the exchanges whose unused coupon expires after `now` and before `until` and whose
 * holder was not reminded yet (a read: `markExchangesReminded` claims them).
 */
export async function listDueExchangeReminders(manager: SqlManager, now: Date, until: Date, limit: number): Promise<DueExchangeReminder[]> {
  return await manager.execute<DueExchangeReminder[]>(
    `select x.id, x.customer_id, x.coupon_id, c.code, c.expires_at, x.face_value, x.currency_code
       from cm_points_exchange x join cm_coupon_code c on c.id = x.coupon_code_id
      where x.reminded_at is null and x.deleted_at is null
        and c.deleted_at is null and c.uses < c.max_uses and c.expires_at > ? and c.expires_at <= ?
      order by c.expires_at, x.id
      limit ?`,
    [now, until, limit]
  )
}

/**
 * POINTS-8: marks exchanges reminded, each once: a conditional update, so of two runs at once
 * only one gets a given exchange. Answers the ids this call marked.
 */
export async function markExchangesReminded(manager: SqlManager, exchangeIds: string[], now: Date): Promise<string[]> {
  if (!exchangeIds.length) return []
  const rows = await manager.execute<{ id: string }[]>(
    `update cm_points_exchange set reminded_at = ?, updated_at = now()
      where id in (?) and reminded_at is null and deleted_at is null
      returning id`,
    [now, exchangeIds]
  )
  return rows.map((r) => r.id)
}

/** Compensation of a reminder claim: the exchanges can be reminded again, their queued deliveries go. */
export async function unmarkExchangesReminded(manager: SqlManager, exchangeIds: string[], deliveryIds: string[]): Promise<void> {
  if (exchangeIds.length) {
    await manager.execute(`update cm_points_exchange set reminded_at = null, updated_at = now() where id in (?)`, [exchangeIds])
  }
  if (deliveryIds.length) {
    await manager.execute(`delete from cm_delivery where id in (?) and status = 'pending'`, [deliveryIds])
  }
}

/** Compensation of a queueing: removes the deliveries it created that are still pending. */
export async function deletePendingDeliveries(manager: SqlManager, ids: string[]): Promise<void> {
  if (!ids.length) return
  await manager.execute(`delete from cm_delivery where id in (?) and status = 'pending'`, [ids])
}
