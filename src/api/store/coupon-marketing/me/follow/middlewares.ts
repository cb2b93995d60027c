import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { validateQuery } from "../../../../utils/validate-query"
import { StoreFollowStore, StoreGetFollow } from "./validators"

/** PUSH-1 (the logged-in customer: `/store/coupon-marketing/me*` authenticates). */
export const storeFollowMiddlewares: MiddlewareRoute[] = [
  { method: ["GET", "DELETE"], matcher: "/store/coupon-marketing/me/follow", middlewares: [validateQuery(StoreGetFollow)] },
  { method: ["POST"], matcher: "/store/coupon-marketing/me/follow", middlewares: [validateAndTransformBody(StoreFollowStore)] },
]
