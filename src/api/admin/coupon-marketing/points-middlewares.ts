import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validate-query"
import {
  AdminCreateAdjustment,
  AdminCreateDeposit,
  AdminCreateExchangeOffer,
  AdminUpdateExchangeOffer,
  ListParams,
} from "./points-validators"

/** The admin routes of SPEC §3 (points, exchange offers, budget). */
export const pointsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/coupon-marketing/exchange-offers", middlewares: [validateQuery(ListParams)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/exchange-offers", middlewares: [validateAndTransformBody(AdminCreateExchangeOffer)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/exchange-offers/:id", middlewares: [validateAndTransformBody(AdminUpdateExchangeOffer)] },
  { method: ["GET"], matcher: "/admin/coupon-marketing/budget/deposits", middlewares: [validateQuery(ListParams)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/budget/deposits", middlewares: [validateAndTransformBody(AdminCreateDeposit)] },
  { method: ["GET"], matcher: "/admin/coupon-marketing/points/:customer_id", middlewares: [validateQuery(ListParams)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/points/:customer_id/adjustments", middlewares: [validateAndTransformBody(AdminCreateAdjustment)] },
]
