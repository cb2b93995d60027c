import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listAdminDepositsQueryConfig } from "./query-config"
import { AdminCreateDeposit, AdminListDeposits } from "./validators"

export const adminBudgetDepositsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/coupon-marketing/budget/deposits", middlewares: [validateAndTransformQuery(AdminListDeposits, listAdminDepositsQueryConfig)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/budget/deposits", middlewares: [validateAndTransformBody(AdminCreateDeposit)] },
]
