import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { retrieveAdminSettingsQueryConfig } from "./query-config"
import { AdminGetCouponSettings, AdminPreviewMessage, AdminUpdateCouponSettings } from "./validators"

export const adminSettingsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/coupon-marketing/settings", middlewares: [validateAndTransformQuery(AdminGetCouponSettings, retrieveAdminSettingsQueryConfig)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/settings", middlewares: [validateAndTransformBody(AdminUpdateCouponSettings)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/settings/message-preview", middlewares: [validateAndTransformBody(AdminPreviewMessage)] },
]
