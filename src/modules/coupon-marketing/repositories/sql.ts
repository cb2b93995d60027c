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

