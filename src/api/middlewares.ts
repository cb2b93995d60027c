import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCouponMarketingMiddlewares } from "./admin/coupon-marketing/middlewares"
import { storeCouponMarketingMiddlewares } from "./store/coupon-marketing/middlewares"
import { cartCouponGuard, orderCodesGuard } from "./store/carts/coupon-guard"
import { refuseNulBytes } from "./utils/refuse-nul-bytes"
import { StoreApplyCoupon } from "./store/carts/[id]/coupon/validators"
import { validateAndTransformBody } from "@medusajs/framework/http"

/**
 * The plugin's middlewares: each resource folder declares its own (validators.ts,
 * middlewares.ts, query-config.ts), this file only puts them together.
 */
export default defineMiddlewares({
  routes: [
    ...adminCouponMarketingMiddlewares,
    ...storeCouponMarketingMiddlewares,
    // Medusa's cart and order routes (and the plugin's /store/carts/:id/coupon), see
    // store/carts/coupon-guard.ts: one change at a time per cart, plugin codes in Medusa's
    // promo_codes, exact amounts, the shopper's codes.
    { matcher: "/store/carts", middlewares: [refuseNulBytes] },
    { matcher: "/store/carts", middlewares: [cartCouponGuard] },
    { matcher: "/store/orders", middlewares: [orderCodesGuard] },
    { method: ["POST"], matcher: "/store/carts/:id/coupon", middlewares: [validateAndTransformBody(StoreApplyCoupon)] },
  ],
})
