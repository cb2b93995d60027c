import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreUnsubscribe } from "./validators"

/**
 * PUSH-2 one-click unsubscribe, no login. Medusa requires a publishable key header on every
 * `/store` route (checked before any plugin middleware), which an emailed link cannot send, so
 * emails link to the key-less twin `/coupon-marketing/unsubscribe?token=` (GET: a short page;
 * POST: RFC 8058 one-click from `List-Unsubscribe-Post`); storefronts call the `/store` route.
 */
export const storeUnsubscribeMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/coupon-marketing/unsubscribe", middlewares: [validateAndTransformQuery(StoreUnsubscribe, {})] },
  { method: ["GET", "POST"], matcher: "/coupon-marketing/unsubscribe", middlewares: [validateAndTransformQuery(StoreUnsubscribe, {})] },
]
