import { z } from "@medusajs/framework/zod"
import { ListParams } from "../../../utils/list-params"

const INT_MAX = 2_147_483_647
const whole = z.number().int().min(-INT_MAX).max(INT_MAX)

/** GET /admin/coupon-marketing/points/:customer_id: `?limit&offset` of the ledger (always newest first). */
export const AdminGetPoints = ListParams
export type AdminGetPointsType = z.infer<typeof AdminGetPoints>

/** POINTS-3: an adjustment with a reason. */
export const AdminCreateAdjustment = z
  .object({
    points: whole.refine((n) => n !== 0, { message: "points: an adjustment of 0 points changes nothing" }),
    reason: z.string().trim().min(1, { message: "reason: a reason is required" }).max(500),
    /** Optional: a retried request with the same key adds nothing. */
    idempotency_key: z.string().min(8).max(100).optional(),
  })
  .strict()
export type AdminCreateAdjustmentType = z.infer<typeof AdminCreateAdjustment>
