import type { z } from "@medusajs/framework/zod"
import { NoParams } from "../../../utils/list-params"

/** GET /admin/coupon-marketing/budget: no parameters. */
export const AdminGetBudget = NoParams
export type AdminGetBudgetType = z.infer<typeof AdminGetBudget>
