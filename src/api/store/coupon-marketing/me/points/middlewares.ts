import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { retrieveStoreMyPointsQueryConfig } from "./query-config"
import { StoreCreateExchange, StoreGetMyPoints } from "./validators"

/** The shopper's points (POINTS-9) and exchanges (POINTS-7). */
export const storeMyPointsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/coupon-marketing/me/points", middlewares: [validateAndTransformQuery(StoreGetMyPoints, retrieveStoreMyPointsQueryConfig)] },
  { method: ["POST"], matcher: "/store/coupon-marketing/me/points/exchanges", middlewares: [validateAndTransformBody(StoreCreateExchange)] },
]
