import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreFollowStore, StoreGetFollow } from "./validators"

/** PUSH-1 (the logged-in customer: `/store/coupon-marketing/me*` authenticates). */
export const storeFollowMiddlewares: MiddlewareRoute[] = [
  { method: ["GET", "DELETE"], matcher: "/store/coupon-marketing/me/follow", middlewares: [validateAndTransformQuery(StoreGetFollow, {})] },
  { method: ["POST"], matcher: "/store/coupon-marketing/me/follow", middlewares: [validateAndTransformBody(StoreFollowStore)] },
]
