import { MiddlewareRoute, authenticate, validateAndTransformQuery } from "@medusajs/framework/http"
import { listStoreExchangeOffersQueryConfig } from "./query-config"
import { StoreListExchangeOffers } from "./validators"

/** Anyone may list the offers; a logged-in customer also sees which they can afford. */
export const storeExchangeOffersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/coupon-marketing/exchange-offers",
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformQuery(StoreListExchangeOffers, listStoreExchangeOffersQueryConfig),
    ],
  },
]
