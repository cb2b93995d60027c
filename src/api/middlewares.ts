import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSettingsMiddlewares } from "./admin/coupon-marketing/settings/middlewares"
import { adminCouponsMiddlewares } from "./admin/coupon-marketing/coupons/middlewares"
import { adminOrdersMiddlewares } from "./admin/coupon-marketing/orders/middlewares"
import { pointsMiddlewares } from "./admin/coupon-marketing/points-middlewares"
import { authenticate, validateAndTransformBody } from "@medusajs/framework/http"
import { validateQuery } from "./utils/validate-query"
import { StoreMyCoupons } from "./store/coupon-marketing/me/coupons/validators"
import { exactCouponAmounts } from "./store/carts/[id]/promotions/exact-coupon-amounts"
import { StoreApplyCoupon } from "./store/carts/[id]/coupon/validators"

export default defineMiddlewares({
  routes: [
    ...adminSettingsMiddlewares,
    ...adminCouponsMiddlewares,
    ...adminOrdersMiddlewares,
    // The shopper's own pages: a logged-in customer (session or bearer token).
    { matcher: "/store/coupon-marketing/me*", middlewares: [authenticate("customer", ["session", "bearer"])] },
    { method: ["GET"], matcher: "/store/coupon-marketing/me/coupons", middlewares: [validateQuery(StoreMyCoupons)] },
    ...pointsMiddlewares,
    { method: ["POST", "DELETE"], matcher: "/store/carts/:id/promotions", middlewares: [exactCouponAmounts] },
    { method: ["POST"], matcher: "/store/carts/:id/coupon", middlewares: [validateAndTransformBody(StoreApplyCoupon)] },
  ],
})
