import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../utils/validate-query"
import { AdminExportFollowers, AdminListFollowers } from "./validators"

/** PUSH-1: the store's followers (admins only: Medusa authenticates `/admin`). */
export const adminFollowersMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/coupon-marketing/followers", middlewares: [validateQuery(AdminListFollowers)] },
  { method: ["GET"], matcher: "/admin/coupon-marketing/followers/export.csv", middlewares: [validateQuery(AdminExportFollowers)] },
]
