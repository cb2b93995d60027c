import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { exportAdminOrdersQueryConfig } from "./query-config"
import { AdminOrderExport } from "./validators"

export const adminOrdersMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/coupon-marketing/orders/export.csv", middlewares: [validateAndTransformQuery(AdminOrderExport, exportAdminOrdersQueryConfig)] },
]
