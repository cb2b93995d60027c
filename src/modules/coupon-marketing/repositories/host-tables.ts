/**
 * The plugin's only SQL on Medusa's own tables (everything else goes through Medusa's Query or
 * its module services). Raw SQL here because those would be too slow: issuing codes to a
 * 100,000-member group through the Customer Module's list built an entity per customer (4 s of
 * the 12 s it took); one indexed keyset query per page of 10,000 ids does not.
 *
 * Every table and column these statements read is listed in `HOST_TABLE_COLUMNS`; an HTTP test
 * (integration-tests/http/suites/coupons.spec.ts, "Medusa's schema") reads information_schema
 * for each of them, so an upgrade of Medusa that moves one fails the tests, not a store.
 */

/** The store's database connection as Medusa registers it (`ContainerRegistrationKeys.PG_CONNECTION`, a knex). */
export type HostSql = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: { id: string }[] }> }

/** Every Medusa table these statements use, with the columns they read (Customer Module). */
export const HOST_TABLE_COLUMNS = {
  customer: ["id", "email", "has_account", "deleted_at", "created_at"],
  customer_group_customer: ["customer_id", "customer_group_id", "deleted_at"],
  // pushes (PUSH-3 audiences, PUSH-5 best items)
  order: ["id", "customer_id", "status", "created_at", "deleted_at", "version", "is_draft_order"],
  order_item: ["order_id", "item_id", "quantity", "version", "deleted_at"],
  order_line_item: ["id", "product_id"],
  product: ["id", "status", "deleted_at"],
  // the planner's statistics of the Notification Module's table (refreshPlannerStatistics)
  notification: ["id"],
} as const

/** Up to `limit` ids of a customer group's live members (not deleted), after `afterId`, in id order. */
export async function pageCustomerGroupMemberIds(sql: HostSql, groupId: string, afterId: string, limit: number): Promise<string[]> {
  const { rows } = await sql.raw(
    `select m.customer_id as id from customer_group_customer m
       join customer c on c.id = m.customer_id and c.deleted_at is null
      where m.customer_group_id = ? and m.deleted_at is null and m.customer_id > ?
      order by m.customer_id limit ?`,
    [groupId, afterId, limit]
  )
  return rows.map((r) => r.id)
}

/** Up to `limit` ids of customers with an account (not deleted), after `afterId`, in id order. */
export async function pageAccountCustomerIds(sql: HostSql, afterId: string, limit: number): Promise<string[]> {
  const { rows } = await sql.raw(
    `select id from customer where has_account = true and deleted_at is null and id > ? order by id limit ?`,
    [afterId, limit]
  )
  return rows.map((r) => r.id)
}

/** A rows-answering raw query (the same knex). */
type HostRows = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * PUSH-3 `compensation` and `direct` audiences: up to `limit` live customer ids after `afterId`
 * (id order) among the customers of `orderIds`, the `customerIds`, and the members of `groupId`.
 */
export async function pageAudienceCustomerIds(
  sql: HostSql,
  audience: { order_ids?: string[]; customer_ids?: string[]; customer_group_id?: string | null },
  afterId: string,
  limit: number
): Promise<string[]> {
  const ors: string[] = []
  const params: unknown[] = []
  if (audience.order_ids?.length) {
    ors.push(`c.id in (select o.customer_id from "order" o where o.id = any(?::text[]) and o.deleted_at is null)`)
    params.push(audience.order_ids)
  }
  if (audience.customer_ids?.length) {
    ors.push(`c.id = any(?::text[])`)
    params.push(audience.customer_ids)
  }
  if (audience.customer_group_id) {
    ors.push(`c.id in (select m.customer_id from customer_group_customer m where m.customer_group_id = ? and m.deleted_at is null)`)
    params.push(audience.customer_group_id)
  }
  if (!ors.length) return []
  const { rows } = await sql.raw(
    `select c.id from customer c where c.deleted_at is null and c.id > ? and (${ors.join(" or ")}) order by c.id limit ?`,
    [afterId, ...params, limit]
  )
  return rows.map((r) => r.id)
}

/** PUSH-4: of these customers, those with an account, and (given a group) those in it. */
export async function customersAllowedBy(sql: HostSql, customerIds: string[], rule: { has_account?: boolean; customer_group_id?: string | null }): Promise<Set<string>> {
  if (!customerIds.length) return new Set()
  const parts = ["c.deleted_at is null", "c.id = any(?::text[])"]
  const params: unknown[] = [customerIds]
  if (rule.has_account) parts.push("c.has_account = true")
  if (rule.customer_group_id) {
    parts.push(`exists (select 1 from customer_group_customer m where m.customer_id = c.id and m.customer_group_id = ? and m.deleted_at is null)`)
    params.push(rule.customer_group_id)
  }
  const { rows } = await sql.raw(`select c.id from customer c where ${parts.join(" and ")}`, params)
  return new Set(rows.map((r) => r.id))
}

/**
 * PUSH-5 automatic best items: the `limit` published products with the most units sold in
 * orders placed since `since` (not drafts, not cancelled), most first.
 */
export async function topSellingProductIds(sql: HostSql, since: Date, limit: number): Promise<string[]> {
  const { rows } = await (sql as unknown as HostRows).raw(
    `select li.product_id as id, sum(oi.quantity) as units
       from "order" o
       join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
       join order_line_item li on li.id = oi.item_id
       join product p on p.id = li.product_id and p.deleted_at is null and p.status = 'published'
      where o.deleted_at is null and o.is_draft_order = false and o.status not in ('canceled', 'draft') and o.created_at >= ?
      group by li.product_id
      order by units desc, li.product_id
      limit ?`,
    [since, limit]
  )
  return rows.map((r) => r.id as string)
}

/**
 * GIFT-5 recovery: up to `limit` customers owed the activity's gift at `now` — a grant left
 * `granting` since before `staleBefore` (its worker died mid-grant), or an account created from
 * `members_from` (newMembersFrom) and before `staleBefore` with no grant at all (its
 * `customer.created` was lost).
 */
export async function customersOwedGift(
  sql: HostSql,
  activity: { id: string; members_from: Date },
  staleBefore: Date,
  limit: number
): Promise<string[]> {
  const { rows } = await sql.raw(
    `select customer_id as id from cm_membership_gift_grant
      where activity_id = ? and deleted_at is null and status = 'granting' and updated_at < ?
     union
     select c.id from customer c
      where c.has_account = true and c.deleted_at is null and c.created_at >= ? and c.created_at < ?
        and not exists (select 1 from cm_membership_gift_grant g where g.activity_id = ? and g.customer_id = c.id and g.deleted_at is null)
     limit ?`,
    [activity.id, staleBefore, activity.members_from, staleBefore, activity.id, limit]
  )
  return rows.map((r) => r.id)
}

/**
 * The emails of live customers by id (a customer deleted or unknown is left out): what the send
 * step checks consent against, once per batch of 500 (the Customer Module's Query built an
 * entity per customer for it: 5% of a push's send time).
 */
export async function customerEmails(sql: HostSql, customerIds: string[]): Promise<Map<string, string | null>> {
  if (!customerIds.length) return new Map()
  const { rows } = (await sql.raw(`select id, email from customer where id = any(?::text[]) and deleted_at is null`, [customerIds])) as unknown as {
    rows: { id: string; email: string | null }[]
  }
  return new Map(rows.map((r) => [r.id, r.email]))
}

/**
 * Refreshes the planner's statistics of a table a push multiplies when they are stale: never
 * gathered with a thousand rows in it, or more rows changed since than it had then. Medusa's
 * `notification` grows by 300,000 rows for 100,000 recipients on 3 channels, and the plugin's
 * `cm_delivery` by as many, faster than autovacuum looks (once a minute at best); until then the
 * planner keeps their old size: it reads the notifications the Notification Module updates by id
 * (250 `id = …` or-ed) with a full scan — 30 ms a call at 1,000 rows, 130 ms at 25,000, the
 * first 25,000 sends of a push on a new store a third slower than the rest — and joins the
 * deliveries an attempt records the same way. Answers whether it analyzed. A database user that
 * may not analyze the table (not its owner) leaves it to autovacuum: that is not the caller's error.
 */
export async function refreshPlannerStatistics(sql: HostSql, table: "notification" | "cm_delivery"): Promise<boolean> {
  try {
    const { rows } = (await sql.raw(
      `select c.reltuples::float8 as reltuples, s.n_live_tup::float8 as live, s.n_mod_since_analyze::float8 as changed
         from pg_class c join pg_stat_user_tables s on s.relid = c.oid
        where c.oid = to_regclass(?)`,
      [table]
    )) as unknown as { rows: { reltuples: number; live: number; changed: number }[] }
    const stats = rows[0]
    if (!stats) return false
    const stale = stats.reltuples < 0 ? stats.live >= 1000 : stats.changed >= Math.max(1000, stats.reltuples)
    if (!stale) return false
    await sql.raw(`analyze ??`, [table])
    return true
  } catch {
    return false
  }
}
