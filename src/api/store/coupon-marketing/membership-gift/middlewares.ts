import { type MiddlewareRoute, authenticate, validateAndTransformQuery } from "@medusajs/framework/http"
import { NoParams } from "../../../utils/list-params"

/** GIFT-4: anyone may see the sign-up gift; a logged-in customer is told it is not for them (already a member). */
export const storeMembershipGiftMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/coupon-marketing/membership-gift",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), validateAndTransformQuery(NoParams, {})],
  },
]
