import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSettingsMiddlewares } from "./admin/coupon-marketing/settings/middlewares"
import { adminCouponsMiddlewares } from "./admin/coupon-marketing/coupons/middlewares"
import { adminOrdersMiddlewares } from "./admin/coupon-marketing/orders/middlewares"
import { pointsMiddlewares } from "./admin/coupon-marketing/points-middlewares"
import { storePointsMiddlewares } from "./store/coupon-marketing/me/points/middlewares"
import { authenticate, validateAndTransformBody } from "@medusajs/framework/http"
import { validateQuery } from "./utils/validate-query"
import { StoreMyCoupons } from "./store/coupon-marketing/me/coupons/validators"
import { cartCouponGuard, orderCodesGuard } from "./store/carts/coupon-guard"
import { refuseNulBytes } from "./utils/refuse-nul-bytes"
import { StoreApplyCoupon } from "./store/carts/[id]/coupon/validators"
import { adminFollowersMiddlewares } from "./admin/coupon-marketing/followers/middlewares"
import { storeFollowMiddlewares } from "./store/coupon-marketing/me/follow/middlewares"
import { storePreferencesMiddlewares } from "./store/coupon-marketing/me/preferences/middlewares"
import { storeMessagesMiddlewares } from "./store/coupon-marketing/me/messages/middlewares"
import { storeEmailVerificationMiddlewares } from "./store/coupon-marketing/email-verification/middlewares"
import { storeUnsubscribeMiddlewares } from "./store/coupon-marketing/unsubscribe/middlewares"

export default defineMiddlewares({
  routes: [
    // Text with a NUL character can never be stored: 400 naming the field, never a 500.
    { matcher: "/admin/coupon-marketing", middlewares: [refuseNulBytes] },
    { matcher: "/store/coupon-marketing", middlewares: [refuseNulBytes] },
    { matcher: "/store/carts", middlewares: [refuseNulBytes] },
    ...adminSettingsMiddlewares,
    ...adminCouponsMiddlewares,
    ...adminOrdersMiddlewares,
    // The shopper's own pages: a logged-in customer (session or bearer token).
    { matcher: "/store/coupon-marketing/me*", middlewares: [authenticate("customer", ["session", "bearer"])] },
    { method: ["GET"], matcher: "/store/coupon-marketing/me/coupons", middlewares: [validateQuery(StoreMyCoupons)] },
    ...pointsMiddlewares,
    ...storePointsMiddlewares,
    // Every cart route, Medusa's and other plugins' included (see coupon-guard.ts): one change
    // at a time per cart, plugin codes in Medusa's promo_codes, exact amounts, the shopper's codes.
    { matcher: "/store/carts", middlewares: [cartCouponGuard] },
    { matcher: "/store/orders", middlewares: [orderCodesGuard] },
    { method: ["POST"], matcher: "/store/carts/:id/coupon", middlewares: [validateAndTransformBody(StoreApplyCoupon)] },
    // Followers, consent and the inbox (PUSH-1, PUSH-2, PUSH-12).
    ...adminFollowersMiddlewares,
    ...storeFollowMiddlewares,
    ...storePreferencesMiddlewares,
    ...storeMessagesMiddlewares,
    ...storeEmailVerificationMiddlewares,
    ...storeUnsubscribeMiddlewares,
  ],
})
