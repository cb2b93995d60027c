import { z } from "@medusajs/framework/zod"

/** GET /admin/coupon-marketing/orders/export.csv: an optional window of order dates. */
export const AdminOrderExport = z
  .object({
    created_at_gte: z.coerce.date().optional(),
    created_at_lt: z.coerce.date().optional(),
  })
  .strict()
export type AdminOrderExportType = z.infer<typeof AdminOrderExport>
