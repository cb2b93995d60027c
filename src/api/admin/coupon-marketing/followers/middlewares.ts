import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminExportFollowers, AdminListFollowers } from "./validators"

/** PUSH-1: the store's followers (admins only: Medusa authenticates `/admin`). */
export const adminFollowersMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/coupon-marketing/followers", middlewares: [validateAndTransformQuery(AdminListFollowers, {})] },
  { method: ["GET"], matcher: "/admin/coupon-marketing/followers/export.csv", middlewares: [validateAndTransformQuery(AdminExportFollowers, {})] },
]
