import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetPreferences, StoreUpdatePreferences } from "./validators"

/** PUSH-2 consent (the logged-in customer). */
export const storePreferencesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/coupon-marketing/me/preferences", middlewares: [validateAndTransformQuery(StoreGetPreferences, {})] },
  { method: ["POST"], matcher: "/store/coupon-marketing/me/preferences", middlewares: [validateAndTransformBody(StoreUpdatePreferences)] },
]
