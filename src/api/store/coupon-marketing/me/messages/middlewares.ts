import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreListMessages, StoreReadMessages } from "./validators"

/** PUSH-12 inbox (the logged-in customer; only their own messages). */
export const storeMessagesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/coupon-marketing/me/messages", middlewares: [validateAndTransformQuery(StoreListMessages, {})] },
  { method: ["POST"], matcher: "/store/coupon-marketing/me/messages/read", middlewares: [validateAndTransformBody(StoreReadMessages)] },
]
