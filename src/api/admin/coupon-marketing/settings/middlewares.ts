import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminUpdateCouponSettings } from "./validators"

export const adminSettingsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/coupon-marketing/settings",
    middlewares: [validateAndTransformBody(AdminUpdateCouponSettings)],
  },
]
