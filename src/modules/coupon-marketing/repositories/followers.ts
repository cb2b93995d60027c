import { generateEntityId } from "@medusajs/framework/utils"
import type { SqlManager } from "./sql"
import type { FollowRow, FollowerFilters, FollowerRow, PreferenceRow } from "../types/followers"

const FOLLOW_COLUMNS = "id, customer_id, followed_at, unfollowed_at"

/** The customer's open follow period, if any. */
export async function findOpenFollow(manager: SqlManager, customerId: string): Promise<FollowRow | undefined> {
  const [row] = await manager.execute<FollowRow[]>(
    `select ${FOLLOW_COLUMNS} from cm_follower where customer_id = ? and unfollowed_at is null and deleted_at is null`,
    [customerId]
  )
  return row
}

/**
 * PUSH-1: opens a follow period unless one is open (`on conflict do nothing` against the partial
 * unique index, so two requests at once make one row). Answers the open period and whether this
 * call opened it.
 */
export async function openFollow(manager: SqlManager, customerId: string, now: Date): Promise<{ follow: FollowRow; created: boolean }> {
  const [created] = await manager.execute<FollowRow[]>(
    `insert into cm_follower (id, customer_id, followed_at) values (?, ?, ?)
     on conflict (customer_id) where deleted_at is null and unfollowed_at is null do nothing
     returning ${FOLLOW_COLUMNS}`,
    [generateEntityId(undefined, "cmfol"), customerId, now]
  )
  if (created) return { follow: created, created: true }
  return { follow: (await findOpenFollow(manager, customerId))!, created: false }
}

/** PUSH-1: closes the open follow period (kept for the history). Answers it, or nothing when none was open. */
export async function closeFollow(manager: SqlManager, customerId: string, now: Date): Promise<FollowRow | undefined> {
  const [row] = await manager.execute<FollowRow[]>(
    `update cm_follower set unfollowed_at = ?, updated_at = now()
      where customer_id = ? and unfollowed_at is null and deleted_at is null
      returning ${FOLLOW_COLUMNS}`,
    [now, customerId]
  )
  return row
}

/** Reopens a period closed by `closeFollow` (compensation). */
export async function reopenFollow(manager: SqlManager, followId: string): Promise<void> {
  await manager.execute(`update cm_follower set unfollowed_at = null, updated_at = now() where id = ? and deleted_at is null`, [followId])
}

/** Removes a period opened by `openFollow` (compensation). */
export async function deleteFollow(manager: SqlManager, followId: string): Promise<void> {
  await manager.execute(`delete from cm_follower where id = ?`, [followId])
}

function where(filters: FollowerFilters): { sql: string; params: unknown[] } {
  const parts = ["f.unfollowed_at is null", "f.deleted_at is null"]
  const params: unknown[] = []
  if (filters.customer_ids) {
    if (!filters.customer_ids.length) parts.push("false")
    else {
      parts.push("f.customer_id in (?)")
      params.push(filters.customer_ids)
    }
  }
  if (filters.followed_gte) {
    parts.push("f.followed_at >= ?")
    params.push(filters.followed_gte)
  }
  if (filters.followed_lt) {
    parts.push("f.followed_at < ?")
    params.push(filters.followed_lt)
  }
  if (filters.consent === "none") parts.push("p.id is not null and not p.email and not p.feed and not p.push")
  else if (filters.consent) parts.push(`coalesce(p.${filters.consent}, true)`) // a channel name checked by the route's zod enum
  return { sql: parts.join(" and "), params }
}

const FROM = `from cm_follower f left join cm_message_preference p on p.customer_id = f.customer_id and p.deleted_at is null`

/** PUSH-1: a page of current followers, newest follow first, with their consent record; and how many match. */
export async function listFollowers(
  manager: SqlManager,
  filters: FollowerFilters,
  page: { limit: number; offset: number }
): Promise<{ rows: FollowerRow[]; count: number }> {
  const w = where(filters)
  const rows = await manager.execute<Record<string, unknown>[]>(
    `select f.id, f.customer_id, f.followed_at,
            (select count(*)::int from cm_follower h where h.customer_id = f.customer_id and h.deleted_at is null) as follow_count,
            p.id as pref_id, p.email, p.feed, p.push, p.email_verified_at, p.email_verified_address, p.unsubscribed_at
       ${FROM} where ${w.sql}
      order by f.followed_at desc, f.id desc
      limit ? offset ?`,
    [...w.params, page.limit, page.offset]
  )
  const [{ count }] = await manager.execute<{ count: number }[]>(`select count(*)::int as count ${FROM} where ${w.sql}`, w.params)
  return {
    count,
    rows: rows.map((r) => ({
      id: r.id as string,
      customer_id: r.customer_id as string,
      followed_at: r.followed_at as Date,
      follow_count: r.follow_count as number,
      preference: r.pref_id
        ? ({
            customer_id: r.customer_id,
            email: r.email,
            feed: r.feed,
            push: r.push,
            email_verified_at: r.email_verified_at,
            email_verified_address: r.email_verified_address,
            unsubscribed_at: r.unsubscribed_at,
          } as PreferenceRow)
        : null,
    })),
  }
}
