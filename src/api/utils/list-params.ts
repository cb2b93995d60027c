import { z } from "@medusajs/framework/zod"

/** `?limit&offset` of every plugin list route: 20 by default, at most 100. */
export const ListParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type ListParamsType = z.infer<typeof ListParams>
