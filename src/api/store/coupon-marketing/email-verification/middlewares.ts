import { MiddlewareRoute, authenticate, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreConfirmEmailVerification, StoreRequestEmailVerification } from "./validators"

/**
 * PUSH-2 double opt-in: asking for the email needs the logged-in customer; confirming needs only
 * the token (the link may be opened in another browser). The key-less page the email links to
 * by default is `GET /coupon-marketing/email-verification/confirm?token=` (see README).
 */
export const storeEmailVerificationMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/coupon-marketing/email-verification",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreRequestEmailVerification)],
  },
  { method: ["POST"], matcher: "/store/coupon-marketing/email-verification/confirm", middlewares: [validateAndTransformBody(StoreConfirmEmailVerification)] },
  { method: ["GET"], matcher: "/coupon-marketing/email-verification/confirm", middlewares: [validateAndTransformQuery(StoreConfirmEmailVerification, {})] },
]
