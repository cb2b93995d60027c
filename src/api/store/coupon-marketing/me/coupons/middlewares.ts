import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { listStoreMyCouponsQueryConfig } from "./query-config"
import { StoreMyCoupons } from "./validators"

export const storeMyCouponsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/coupon-marketing/me/coupons", middlewares: [validateAndTransformQuery(StoreMyCoupons, listStoreMyCouponsQueryConfig)] },
]
