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
  customer: ["id", "has_account", "deleted_at"],
  customer_group_customer: ["customer_id", "customer_group_id", "deleted_at"],
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
