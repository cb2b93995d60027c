import { generateEntityId } from "@medusajs/framework/utils"
import type { SqlManager } from "./sql"
import type { CreatePushInput, PushDeliveryCounts, PushListFilters, PushRow } from "../types/pushes"

/** Every push's deliveries carry this purpose (and `resource_id` = the push id). */
export const pushPurpose = (pushId: string) => `push:${pushId}`
/** The unique delivery key: one message per (push, customer, channel) — PUSH-13. */
export const pushDeliveryKey = (pushId: string, customerId: string, channel: string) => `push:${pushId}:${customerId}:${channel}`

const json = (v: unknown) => (v == null ? null : JSON.stringify(v))

/** Serialises quota checks and creations: one push created at a time per store (PUSH-8). */
export async function lockPushQuota(manager: SqlManager): Promise<void> {
  await manager.execute(`select pg_advisory_xact_lock(hashtext('coupon_marketing:push_quota'))`)
}

export async function insertPush(manager: SqlManager, input: CreatePushInput): Promise<PushRow> {
  const [row] = await manager.execute<PushRow[]>(
    `insert into cm_push (id, type, status, coupon_id, send_at, channels, audience, best_items, banner, planned_recipients, metadata)
     values (?, ?, 'scheduled', ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?::jsonb)
     returning *`,
    [
      generateEntityId(undefined, "cpush"), input.type, input.coupon_id, input.send_at, json(input.channels), json(input.audience),
      json(input.best_items), json(input.banner ?? null), input.planned_recipients ?? 0, json(input.metadata ?? null),
    ]
  )
  return row
}

/** Compensation of a creation. */
export async function deletePush(manager: SqlManager, id: string): Promise<void> {
  await manager.execute(`delete from cm_push where id = ? and status = 'scheduled'`, [id])
}

export async function findPush(manager: SqlManager, id: string): Promise<PushRow | undefined> {
  const [row] = await manager.execute<PushRow[]>(`select * from cm_push where id = ? and deleted_at is null`, [id])
  return row
}

/** Pushes of the given types sending between `from` and `to` (the quota's neighbours), cancelled ones too (the rule skips them). */
export async function listPushesBetween(manager: SqlManager, types: readonly string[], from: Date, to: Date): Promise<(PushRow & { coupon_name: string | null })[]> {
  return await manager.execute(
    `select p.*, c.name as coupon_name from cm_push p left join cm_coupon c on c.id = p.coupon_id
      where p.deleted_at is null and p.type in (?) and p.send_at > ? and p.send_at < ?
      order by p.send_at, p.id`,
    [types, from, to]
  )
}

/** Direct pushes sending in [from, to) not cancelled: what they plan per channel (the daily cap). */
export async function directPlannedPerChannel(manager: SqlManager, from: Date, to: Date): Promise<Record<string, number>> {
  const rows = await manager.execute<{ channel: string; n: number }[]>(
    `select ch as channel, sum(greatest(p.planned_recipients, p.recipients))::int as n
       from cm_push p, jsonb_array_elements_text(p.channels) ch
      where p.deleted_at is null and p.type = 'direct' and p.status <> 'cancelled' and p.send_at >= ? and p.send_at < ?
      group by ch`,
    [from, to]
  )
  return Object.fromEntries(rows.map((r) => [r.channel, r.n]))
}

function listWhere(filters: PushListFilters): { sql: string; params: unknown[] } {
  const parts = ["p.deleted_at is null"]
  const params: unknown[] = []
  if (filters.type) {
    parts.push("p.type = ?")
    params.push(filters.type)
  }
  if (filters.status) {
    parts.push("p.status = ?")
    params.push(filters.status)
  }
  if (filters.customer_id) {
    parts.push("exists (select 1 from cm_delivery d where d.resource_id = p.id and d.customer_id = ? and d.deleted_at is null)")
    params.push(filters.customer_id)
  }
  return { sql: parts.join(" and "), params }
}

/** PUSH-11: a page of pushes, latest send time first, and how many match. */
export async function listPushes(manager: SqlManager, filters: PushListFilters, page: { limit: number; offset: number }): Promise<{ rows: PushRow[]; count: number }> {
  const w = listWhere(filters)
  const rows = await manager.execute<PushRow[]>(
    `select p.* from cm_push p where ${w.sql} order by p.send_at desc, p.id desc limit ? offset ?`,
    [...w.params, page.limit, page.offset]
  )
  const [{ count }] = await manager.execute<{ count: number }[]>(`select count(*)::int as count from cm_push p where ${w.sql}`, w.params)
  return { rows, count }
}

/** PUSH-10: cancels a scheduled push whose cancel window is open at `now` (a conditional update). */
export async function cancelPush(manager: SqlManager, id: string, now: Date, cancelLeadMs: number): Promise<PushRow | undefined> {
  const [row] = await manager.execute<PushRow[]>(
    `update cm_push set status = 'cancelled', cancelled_at = ?, updated_at = now()
      where id = ? and status = 'scheduled' and deleted_at is null and send_at - make_interval(secs => ?) > ?
      returning *`,
    [now, id, cancelLeadMs / 1000, now]
  )
  return row
}

/**
 * PUSH-12: claims due scheduled pushes (`for update skip locked`: dispatchers at once take each
 * push once) and marks them `sending`. Answers them with the `sending` pushes whose audience is
 * not resolved yet (a dispatcher died mid-way: this run goes on from their cursor).
 */
export async function claimDuePushes(manager: SqlManager, now: Date, limit: number): Promise<PushRow[]> {
  await manager.execute(
    `update cm_push p set status = 'sending', started_at = coalesce(p.started_at, ?), updated_at = now()
      where p.id in (select id from cm_push where status = 'scheduled' and deleted_at is null and send_at <= ?
                      order by send_at, id limit ? for update skip locked)`,
    [now, now, limit]
  )
  return await manager.execute<PushRow[]>(
    `select * from cm_push where status = 'sending' and resolved_at is null and deleted_at is null order by send_at, id limit ?`,
    [limit]
  )
}

/** Locks the push row for one page write and answers it (null: gone). */
export async function lockPush(manager: SqlManager, id: string): Promise<PushRow | undefined> {
  const [row] = await manager.execute<PushRow[]>(`select * from cm_push where id = ? and deleted_at is null for update`, [id])
  return row
}

/** Moves the resolution on by one page: cursor, recipients and exclusions (under `lockPush`). */
export async function advancePushCursor(
  manager: SqlManager,
  id: string,
  cursor: string,
  addRecipients: number,
  excluded: Record<string, number>
): Promise<void> {
  await manager.execute(
    `update cm_push set resolve_cursor = ?, recipients = recipients + ?, excluded = ?::jsonb, updated_at = now() where id = ?`,
    [cursor, addRecipients, JSON.stringify(excluded), id]
  )
}

export async function markPushResolved(manager: SqlManager, id: string, now: Date): Promise<void> {
  await manager.execute(`update cm_push set resolved_at = coalesce(resolved_at, ?), updated_at = now() where id = ? and status = 'sending'`, [now, id])
}

/**
 * PUSH-12: ends the resolved `sending` pushes none of whose deliveries is pending any more:
 * `failed` when every tried delivery failed and none was sent, else `sent`. Answers those ended.
 */
export async function finishSentPushes(manager: SqlManager, now: Date): Promise<PushRow[]> {
  return await manager.execute<PushRow[]>(
    `update cm_push p set status = case when x.sent = 0 and x.failed > 0 then 'failed' else 'sent' end, sent_at = ?, updated_at = now()
       from (select p2.id,
                    count(d.id) filter (where d.status = 'sent') as sent,
                    count(d.id) filter (where d.status = 'failed') as failed,
                    count(d.id) filter (where d.status = 'pending') as pending
               from cm_push p2 left join cm_delivery d on d.resource_id = p2.id and d.deleted_at is null
              where p2.status = 'sending' and p2.resolved_at is not null and p2.deleted_at is null
              group by p2.id) x
      where p.id = x.id and x.pending = 0 and p.status = 'sending'
      returning p.*`,
    [now]
  )
}

/** PUSH-11: queued / sent / failed / skipped per push and channel, from cm_delivery. */
export async function countPushDeliveries(manager: SqlManager, pushIds: string[]): Promise<PushDeliveryCounts> {
  const out: PushDeliveryCounts = {}
  if (!pushIds.length) return out
  const rows = await manager.execute<{ resource_id: string; channel: string; status: string; n: number }[]>(
    `select resource_id, channel, status, count(*)::int as n from cm_delivery
      where resource_id in (?) and deleted_at is null group by resource_id, channel, status`,
    [pushIds]
  )
  for (const r of rows) {
    const push = (out[r.resource_id] ??= {})
    const c = (push[r.channel] ??= { queued: 0, sent: 0, failed: 0, skipped: 0 })
    if (r.status === "pending") c.queued += r.n
    else if (r.status === "sent") c.sent += r.n
    else if (r.status === "failed") c.failed += r.n
    else if (r.status === "skipped") c.skipped += r.n
  }
  return out
}

/** PUSH-3 advertising: up to `limit` current followers after `afterId` (customer id order), optionally followed in [gte, lt). */
export async function pageFollowerIds(manager: SqlManager, range: { gte?: Date; lt?: Date }, afterId: string, limit: number): Promise<string[]> {
  const parts = ["unfollowed_at is null", "deleted_at is null", "customer_id > ?"]
  const params: unknown[] = [afterId]
  if (range.gte) {
    parts.push("followed_at >= ?")
    params.push(range.gte)
  }
  if (range.lt) {
    parts.push("followed_at < ?")
    params.push(range.lt)
  }
  const rows = await manager.execute<{ customer_id: string }[]>(
    `select customer_id from cm_follower where ${parts.join(" and ")} order by customer_id limit ?`,
    [...params, limit]
  )
  return rows.map((r) => r.customer_id)
}

/** PUSH-4: each customer's code of the coupon, this push's first, then the newest. */
export async function codesOfCustomers(
  manager: SqlManager,
  couponId: string,
  customerIds: string[],
  pushId: string
): Promise<Record<string, { code: string; expires_at: Date | null }>> {
  if (!customerIds.length) return {}
  const rows = await manager.execute<{ customer_id: string; code: string; expires_at: Date | null }[]>(
    `select distinct on (customer_id) customer_id, code, expires_at from cm_coupon_code
      where coupon_id = ? and customer_id in (?) and deleted_at is null
      order by customer_id, (source_id = ?) desc nulls last, created_at desc`,
    [couponId, customerIds, pushId]
  )
  return Object.fromEntries(rows.map((r) => [r.customer_id, { code: r.code, expires_at: r.expires_at }]))
}
