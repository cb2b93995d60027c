import { generateEntityId } from "@medusajs/framework/utils"
import type { SqlManager } from "./sql"
import type { GiftActivityRow, GiftGrantClaim, GiftGrantRow, GiftGrantedPrizes, SaveGiftActivityInput } from "../types/gifts"
import type { GiftCouponFacts, GiftCouponWords } from "../domain/gifts"

/** Every gift message carries this purpose (and `resource_id` = the grant id). */
export const giftPurpose = (activityId: string) => `membership-gift:${activityId}`
/** One message per (activity, customer, channel) — a repeated grant queues nothing more. */
export const giftDeliveryKey = (activityId: string, customerId: string, channel: string) => `membership-gift:${activityId}:${customerId}:${channel}`
/** The gift's points entry key (POINTS-1 idempotency). */
export const giftPointsKey = (activityId: string, customerId: string) => `gift:${activityId}:${customerId}`
/** A grant left `granting` longer than this (a worker died mid-grant) is taken up again by the next delivery. */
export const STALE_GRANT_MS = 2 * 60_000

const json = (v: unknown) => (v == null ? null : JSON.stringify(v))
const date = (v: unknown) => (v == null ? null : v instanceof Date ? v : new Date(v as string))
/** Dates as Date whatever the driver answers. */
function activity<T extends GiftActivityRow | undefined>(row: T): T {
  if (!row) return row
  return { ...row, starts_at: date(row.starts_at)!, ends_at: date(row.ends_at)!, closed_at: date(row.closed_at), created_at: date(row.created_at)!, updated_at: date(row.updated_at)! }
}

/** Serialises activity creations and edits: the overlap check and the write see one another (GIFT-1). */
export async function lockGiftActivities(manager: SqlManager): Promise<void> {
  await manager.execute(`select pg_advisory_xact_lock(hashtext('coupon_marketing:membership_gift'))`)
}

export async function insertActivity(manager: SqlManager, input: SaveGiftActivityInput): Promise<GiftActivityRow> {
  const [row] = await manager.execute<GiftActivityRow[]>(
    `insert into cm_membership_gift (id, name, starts_at, ends_at, draft, prizes) values (?, ?, ?, ?, ?, ?::jsonb) returning *`,
    [generateEntityId(undefined, "cmgift"), input.name, input.starts_at, input.ends_at, input.draft, json(input.prizes)]
  )
  return activity(row)
}

export async function updateActivity(manager: SqlManager, id: string, input: SaveGiftActivityInput): Promise<GiftActivityRow> {
  const [row] = await manager.execute<GiftActivityRow[]>(
    `update cm_membership_gift set name = ?, starts_at = ?, ends_at = ?, draft = ?, prizes = ?::jsonb, updated_at = now() where id = ? and deleted_at is null returning *`,
    [input.name, input.starts_at, input.ends_at, input.draft, json(input.prizes), id]
  )
  return activity(row)
}

/** Compensation of a creation. */
export async function deleteActivity(manager: SqlManager, id: string): Promise<void> {
  await manager.execute(`delete from cm_membership_gift where id = ?`, [id])
}

export async function findActivity(manager: SqlManager, id: string): Promise<GiftActivityRow | undefined> {
  const [row] = await manager.execute<GiftActivityRow[]>(`select * from cm_membership_gift where id = ? and deleted_at is null`, [id])
  return activity(row)
}

export async function lockActivity(manager: SqlManager, id: string): Promise<GiftActivityRow | undefined> {
  const [row] = await manager.execute<GiftActivityRow[]>(`select * from cm_membership_gift where id = ? and deleted_at is null for update`, [id])
  return activity(row)
}

/** Activities that may still be scheduled or active (not drafts, not closed, not past their end): the overlap candidates. */
export async function listLiveActivities(manager: SqlManager, now: Date): Promise<GiftActivityRow[]> {
  const rows = await manager.execute<GiftActivityRow[]>(
    `select * from cm_membership_gift where deleted_at is null and draft = false and closed_at is null and ends_at > ? order by starts_at`,
    [now]
  )
  return rows.map((r) => activity(r))
}

export async function listActivities(manager: SqlManager, page: { limit: number; offset: number }): Promise<{ rows: (GiftActivityRow & { grants: number })[]; count: number }> {
  const rows = await manager.execute<(GiftActivityRow & { grants: number })[]>(
    `select g.*, (select count(*)::int from cm_membership_gift_grant r where r.activity_id = g.id and r.deleted_at is null and r.status = 'granted') as grants
       from cm_membership_gift g where g.deleted_at is null order by g.starts_at desc, g.id desc limit ? offset ?`,
    [page.limit, page.offset]
  )
  const [{ n }] = await manager.execute<{ n: number }[]>(`select count(*)::int as n from cm_membership_gift where deleted_at is null`)
  return { rows: rows.map((r) => activity(r)), count: n }
}

export async function countGrants(manager: SqlManager, activityId: string): Promise<number> {
  const [{ n }] = await manager.execute<{ n: number }[]>(
    `select count(*)::int as n from cm_membership_gift_grant where activity_id = ? and deleted_at is null and status = 'granted'`,
    [activityId]
  )
  return n
}

/** GIFT-6: the manual close, at `now` (only once; a conditional update). */
export async function closeActivity(manager: SqlManager, id: string, now: Date): Promise<GiftActivityRow | undefined> {
  const [row] = await manager.execute<GiftActivityRow[]>(
    `update cm_membership_gift set closed_at = ?, updated_at = now() where id = ? and deleted_at is null and closed_at is null returning *`,
    [now, id]
  )
  return activity(row)
}

/** GIFT-4/5: the activity granting at `now` (not a draft, not closed, inside its window). */
export async function findActiveActivity(manager: SqlManager, now: Date, lock = false): Promise<GiftActivityRow | undefined> {
  const [row] = await manager.execute<GiftActivityRow[]>(
    `select * from cm_membership_gift where deleted_at is null and draft = false and (closed_at is null or closed_at > ?) and starts_at <= ? and ends_at > ?
      order by starts_at desc limit 1${lock ? " for share" : ""}`,
    [now, now, now]
  )
  return activity(row)
}

/** What the package rules and words read from plugin coupons. */
export async function giftCoupons(manager: SqlManager, ids: string[]): Promise<(GiftCouponFacts & GiftCouponWords)[]> {
  if (!ids.length) return []
  const rows = await manager.execute<Record<string, unknown>[]>(
    `select id, name, code_mode, validity_type, valid_days, benefit_type, benefit_value, currency_code, condition_type, condition_value,
            starts_at, ends_at, (deleted_at is not null) as deleted
       from cm_coupon where id in (?)`,
    [ids]
  )
  return rows.map((r) => ({
    ...(r as never as GiftCouponFacts & GiftCouponWords),
    benefit_value: r.benefit_value == null ? null : Number(r.benefit_value),
    condition_value: r.condition_value == null ? null : Number(r.condition_value),
    starts_at: r.starts_at ? new Date(r.starts_at as string) : null,
    ends_at: r.ends_at ? new Date(r.ends_at as string) : null,
  }))
}

/**
 * GIFT-5: claims the grant of (activity, customer). The unique key lets exactly one of three
 * concurrent deliveries insert; the others get `claimed: false`. A grant still `granting` after
 * STALE_GRANT_MS (its worker died) is claimed again by bumping `updated_at` conditionally.
 */
export async function claimGrant(manager: SqlManager, activityId: string, customerId: string, now: Date): Promise<GiftGrantClaim> {
  const [inserted] = await manager.execute<GiftGrantRow[]>(
    `insert into cm_membership_gift_grant (id, activity_id, customer_id, status) values (?, ?, ?, 'granting')
     on conflict (activity_id, customer_id) where deleted_at is null do nothing returning *`,
    [generateEntityId(undefined, "cmgg"), activityId, customerId]
  )
  if (inserted) return { grant: inserted, claimed: true }
  const [retaken] = await manager.execute<GiftGrantRow[]>(
    `update cm_membership_gift_grant set updated_at = ? where activity_id = ? and customer_id = ? and deleted_at is null
        and status = 'granting' and updated_at < ? returning *`,
    [now, activityId, customerId, new Date(now.getTime() - STALE_GRANT_MS)]
  )
  if (retaken) return { grant: retaken, claimed: true }
  const [existing] = await manager.execute<GiftGrantRow[]>(
    `select * from cm_membership_gift_grant where activity_id = ? and customer_id = ? and deleted_at is null`,
    [activityId, customerId]
  )
  return { grant: existing, claimed: false }
}

export async function finishGrant(manager: SqlManager, id: string, prizes: GiftGrantedPrizes, now: Date): Promise<void> {
  await manager.execute(`update cm_membership_gift_grant set status = 'granted', prizes = ?::jsonb, granted_at = ?, updated_at = now() where id = ?`, [json(prizes), now, id])
}

/** Compensation of a claim this run made: the grant goes, so a later delivery may grant again. */
export async function deleteGrant(manager: SqlManager, id: string): Promise<void> {
  await manager.execute(`delete from cm_membership_gift_grant where id = ? and status = 'granting'`, [id])
}

export async function findGrant(manager: SqlManager, activityId: string, customerId: string): Promise<GiftGrantRow | undefined> {
  const [row] = await manager.execute<GiftGrantRow[]>(
    `select * from cm_membership_gift_grant where activity_id = ? and customer_id = ? and deleted_at is null`,
    [activityId, customerId]
  )
  return row
}

/** GIFT-6: grants per store-zone day, and per prize type. */
export async function grantStats(manager: SqlManager, activityId: string, timeZone: string) {
  const days = await manager.execute<{ date: string; n: number }[]>(
    `select to_char(granted_at at time zone ?, 'YYYY-MM-DD') as date, count(*)::int as n
       from cm_membership_gift_grant where activity_id = ? and deleted_at is null and status = 'granted'
      group by 1 order by 1`,
    [timeZone, activityId]
  )
  const perPrize = await manager.execute<{ type: string; n: number }[]>(
    `select t.type, count(*)::int as n
       from cm_membership_gift_grant r
       cross join lateral (
         select 'points' as type where (r.prizes->>'points_entry_id') is not null
         union all select c->>'type' from jsonb_array_elements(coalesce(r.prizes->'codes', '[]'::jsonb)) c
         union all select 'store_credit' where (r.prizes->'store_credit') is not null and jsonb_typeof(r.prizes->'store_credit') = 'object'
       ) t
      where r.activity_id = ? and r.deleted_at is null and r.status = 'granted'
      group by t.type`,
    [activityId]
  )
  return { days, perPrize: Object.fromEntries(perPrize.map((p) => [p.type, p.n])) as Record<string, number> }
}

/** GIFT-6: uses of gift codes (not given back) per store-zone day and currency, with the orders' eligible totals. */
export async function giftCouponUseStats(manager: SqlManager, activityId: string, timeZone: string) {
  return await manager.execute<{ date: string; currency_code: string; uses: number; revenue: string }[]>(
    `select to_char(coalesce(u.ordered_at, u.created_at) at time zone ?, 'YYYY-MM-DD') as date, u.currency_code,
            count(*)::int as uses, coalesce(sum(u.eligible_total), 0)::text as revenue
       from cm_coupon_usage u
       join cm_coupon_code cc on cc.id = u.coupon_code_id and cc.source = 'gift'
       join cm_membership_gift_grant r on r.id = cc.source_id and r.activity_id = ?
      where u.deleted_at is null and u.released_at is null and u.order_id is not null
      group by 1, 2 order by 1`,
    [timeZone, activityId]
  )
}
