import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { retrieveStoreSettingsQueryConfig } from "./query-config"
import { StoreGetCouponSettings } from "./validators"

export const storeSettingsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/coupon-marketing/settings", middlewares: [validateAndTransformQuery(StoreGetCouponSettings, retrieveStoreSettingsQueryConfig)] },
]
