import { type MiddlewareRoute, authenticate } from "@medusajs/framework/http"
import { refuseNulBytes } from "../../utils/refuse-nul-bytes"
import { storeExchangeOffersMiddlewares } from "./exchange-offers/middlewares"
import { storeMyCouponsMiddlewares } from "./me/coupons/middlewares"
import { storeMyPointsMiddlewares } from "./me/points/middlewares"
import { storeSettingsMiddlewares } from "./settings/middlewares"
import { storeFollowMiddlewares } from "./me/follow/middlewares"
import { storePreferencesMiddlewares } from "./me/preferences/middlewares"
import { storeMessagesMiddlewares } from "./me/messages/middlewares"
import { storeEmailVerificationMiddlewares } from "./email-verification/middlewares"
import { storeUnsubscribeMiddlewares } from "./unsubscribe/middlewares"
import { storeMembershipGiftMiddlewares } from "./membership-gift/middlewares"

/** Every store route of the plugin under /store/coupon-marketing: one entry per resource folder. */
export const storeCouponMarketingMiddlewares: MiddlewareRoute[] = [
  // Text with a NUL character can never be stored: 400 naming the field, never a 500.
  { matcher: "/store/coupon-marketing", middlewares: [refuseNulBytes] },
  // The shopper's own pages: a logged-in customer (session or bearer token).
  // "me/*", not "me*": that would also match /membership-gift (a public route).
  { matcher: "/store/coupon-marketing/me/*", middlewares: [authenticate("customer", ["session", "bearer"])] },
  ...storeSettingsMiddlewares,
  ...storeExchangeOffersMiddlewares,
  ...storeMyCouponsMiddlewares,
  ...storeMyPointsMiddlewares,
  // Followers, consent and the inbox (PUSH-1, PUSH-2, PUSH-12).
  ...storeFollowMiddlewares,
  ...storePreferencesMiddlewares,
  ...storeMessagesMiddlewares,
  ...storeEmailVerificationMiddlewares,
  ...storeUnsubscribeMiddlewares,
  ...storeMembershipGiftMiddlewares,
]
