import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** What of Medusa's knex (`PG_CONNECTION`) the lock uses: one connection of its pool, held. */
type PooledKnex = {
  raw: (sql: string, bindings: unknown[]) => { connection: (c: unknown) => Promise<{ rows: { ok: boolean }[] }> }
  client: { acquireConnection: () => Promise<unknown>; releaseConnection: (c: unknown) => Promise<void> }
}

/**
 * Runs `fn` while this process holds the dispatch lock of a push — a Postgres session advisory
 * lock, on one connection of Medusa's pool held for the run — or answers `undefined` at once
 * when another dispatcher holds it. A push's audience is then resolved by one dispatcher at a
 * time: a resolution that outlasts the minute (a big push) is not raced by the next tick's,
 * which would compute every page again and lose each write. Correctness never depended on it
 * (a page is written only at the cursor it was read at); only the work. A dispatcher that dies
 * drops its connection, and with it the lock.
 */
export async function withPushDispatchLock<T>(container: MedusaContainer, pushId: string, fn: () => Promise<T>): Promise<T | undefined> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as PooledKnex
  const connection = await knex.client.acquireConnection()
  const key = `coupon-marketing:push-dispatch:${pushId}`
  try {
    const { rows } = await knex.raw(`select pg_try_advisory_lock(hashtextextended(?, 0)) as ok`, [key]).connection(connection)
    if (!rows[0]?.ok) return undefined
    try {
      return await fn()
    } finally {
      await knex.raw(`select pg_advisory_unlock(hashtextextended(?, 0)) as ok`, [key]).connection(connection)
    }
  } finally {
    await knex.client.releaseConnection(connection)
  }
}
