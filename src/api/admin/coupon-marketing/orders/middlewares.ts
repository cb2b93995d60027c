import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../utils/validate-query"
import { AdminOrderExport } from "./validators"

export const adminOrdersMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/coupon-marketing/orders/export.csv", middlewares: [validateQuery(AdminOrderExport)] },
]
