import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminBudgetDepositsMiddlewares } from "./deposits/middlewares"
import { retrieveAdminBudgetQueryConfig } from "./query-config"
import { AdminGetBudget } from "./validators"

/** POINTS-6: the exchange budget, and its deposits. */
export const adminBudgetMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/coupon-marketing/budget", middlewares: [validateAndTransformQuery(AdminGetBudget, retrieveAdminBudgetQueryConfig)] },
  ...adminBudgetDepositsMiddlewares,
]
