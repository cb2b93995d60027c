import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { retrieveAdminPointsQueryConfig } from "./query-config"
import { AdminCreateAdjustment, AdminGetPoints } from "./validators"

/** POINTS-3, POINTS-9: a customer's points and their manual adjustments. */
export const adminPointsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/coupon-marketing/points/:customer_id", middlewares: [validateAndTransformQuery(AdminGetPoints, retrieveAdminPointsQueryConfig)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/points/:customer_id/adjustments", middlewares: [validateAndTransformBody(AdminCreateAdjustment)] },
]
