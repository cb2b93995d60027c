import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { validateQuery } from "../../../../utils/validate-query"
import { StoreGetPreferences, StoreUpdatePreferences } from "./validators"

/** PUSH-2 consent (the logged-in customer). */
export const storePreferencesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/coupon-marketing/me/preferences", middlewares: [validateQuery(StoreGetPreferences)] },
  { method: ["POST"], matcher: "/store/coupon-marketing/me/preferences", middlewares: [validateAndTransformBody(StoreUpdatePreferences)] },
]
