import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { validateQuery } from "../../../../utils/validate-query"
import { StoreListMessages, StoreReadMessages } from "./validators"

/** PUSH-12 inbox (the logged-in customer; only their own messages). */
export const storeMessagesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/coupon-marketing/me/messages", middlewares: [validateQuery(StoreListMessages)] },
  { method: ["POST"], matcher: "/store/coupon-marketing/me/messages/read", middlewares: [validateAndTransformBody(StoreReadMessages)] },
]
