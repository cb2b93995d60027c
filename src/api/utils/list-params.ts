import { z } from "@medusajs/framework/zod"

/** What an integer column (and a list's offset) holds: a Postgres integer. */
const INT_MAX = 2_147_483_647

/** `?limit&offset` of every plugin list route: 20 by default, at most 100. */
export const ListParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(INT_MAX).default(0),
  })
  .strict()
export type ListParamsType = z.infer<typeof ListParams>

/**
 * `?limit&offset&order` of a list the module sorts: `order` is one of `fields`, `-` first for
 * descending (Medusa's convention), `defaultOrder` when left out. Medusa's
 * `validateAndTransformQuery` turns it into `req.listConfig.order` / `req.queryConfig.pagination.order`.
 */
export function orderedListParams<const F extends readonly [string, ...string[]]>(fields: F, defaultOrder: F[number] | `-${F[number]}`) {
  const orders = fields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]]
  return ListParams.extend({ order: z.enum(orders).default(defaultOrder) }).strict()
}

/** A query that takes no parameters: anything given is refused naming it (400). */
export const NoParams = z.object({}).strict()
