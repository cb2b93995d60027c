import { MiddlewareRoute, authenticate, validateAndTransformBody } from "@medusajs/framework/http"
import { ListParams } from "../../../../utils/list-params"
import { validateQuery } from "../../../../utils/validate-query"
import { StoreCreateExchange } from "./exchanges/validators"

/** The shopper's routes of SPEC §3: offers (anyone; a logged-in customer sees what they can afford), their points, exchanges. */
export const storePointsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/coupon-marketing/exchange-offers",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), validateQuery(ListParams)],
  },
  { method: ["GET"], matcher: "/store/coupon-marketing/me/points", middlewares: [validateQuery(ListParams)] },
  { method: ["POST"], matcher: "/store/coupon-marketing/me/points/exchanges", middlewares: [validateAndTransformBody(StoreCreateExchange)] },
]
