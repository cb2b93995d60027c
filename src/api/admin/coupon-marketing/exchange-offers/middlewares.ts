import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listAdminExchangeOffersQueryConfig } from "./query-config"
import { AdminCreateExchangeOffer, AdminListExchangeOffers, AdminUpdateExchangeOffer } from "./validators"

/** POINTS-4, POINTS-5: the exchange offers. */
export const adminExchangeOffersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/coupon-marketing/exchange-offers",
    middlewares: [validateAndTransformQuery(AdminListExchangeOffers, listAdminExchangeOffersQueryConfig)],
  },
  { method: ["POST"], matcher: "/admin/coupon-marketing/exchange-offers", middlewares: [validateAndTransformBody(AdminCreateExchangeOffer)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/exchange-offers/:id", middlewares: [validateAndTransformBody(AdminUpdateExchangeOffer)] },
]
