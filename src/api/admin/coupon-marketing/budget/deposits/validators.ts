import { z } from "@medusajs/framework/zod"
import { orderedListParams } from "../../../../utils/list-params"

/** GET /admin/coupon-marketing/budget/deposits: `?limit&offset&order&currency_code` (newest first by default). */
export const AdminListDeposits = orderedListParams(["created_at", "amount"], "-created_at")
  .extend({ currency_code: z.string().length(3).toLowerCase().optional() })
  .strict()
export type AdminListDepositsType = z.infer<typeof AdminListDeposits>

/** POINTS-6: a deposit below 1,000,000 with a reason. */
export const AdminCreateDeposit = z
  .object({
    amount: z
      .number()
      .refine((n) => n > 0, { message: "amount: a deposit must be a positive amount" })
      .refine((n) => n < 1_000_000, { message: "amount: one deposit must be below 1,000,000 (split larger ones)" }),
    reason: z.string().trim().min(1, { message: "reason: a reason is required" }).max(500),
    currency_code: z.string().length(3),
  })
  .strict()
export type AdminCreateDepositType = z.infer<typeof AdminCreateDeposit>
