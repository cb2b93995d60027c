import type { Context } from "@medusajs/framework/types"

/**
 * The one face of MikroORM's entity manager the repositories use: a parameterised statement.
 * Repositories take it from the context the service's `@InjectManager` /
 * `@InjectTransactionManager` decorators fill in.
 */
export type SqlManager = { execute: <T = Record<string, unknown>[]>(sql: string, params?: unknown[]) => Promise<T> }

/** The transaction manager of a context filled by `@InjectTransactionManager`. */
export function transactionOf(context: Context): SqlManager {
  return context.transactionManager as SqlManager
}

/** The manager of a context filled by `@InjectManager` (or the transaction's, inside one). */
export function managerOf(context: Context): SqlManager {
  return (context.transactionManager ?? context.manager) as SqlManager
}

/** A bigNumber column's value and its raw twin, for raw SQL writes. */
export const raw = (value: number) => JSON.stringify({ value: String(value), precision: 20 })


type KnexLike = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows?: unknown[] }> }
type ManagerWithKnex = SqlManager & { getTransactionContext?: () => KnexLike | undefined; getKnex?: () => KnexLike }

/**
 * A statement with many values (bulk writes): the values go to Postgres as bound parameters,
 * in the manager's transaction. MikroORM's `execute` inlines every value into the SQL text
 * first (quoting and escaping each in JavaScript), which for thousands of rows of JSON costs
 * more than the insert itself. Falls back to `execute` for a manager without knex.
 */
export async function executeBound<T = Record<string, unknown>[]>(manager: SqlManager, sql: string, params: unknown[]): Promise<T> {
  const m = manager as ManagerWithKnex
  const knex = m.getTransactionContext?.() ?? m.getKnex?.()
  if (!knex) return await manager.execute<T>(sql, params)
  const result = await knex.raw(sql, params)
  return (result.rows ?? []) as T
}
