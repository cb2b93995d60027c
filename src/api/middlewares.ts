import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSettingsMiddlewares } from "./admin/coupon-marketing/settings/middlewares"
import { adminCouponsMiddlewares } from "./admin/coupon-marketing/coupons/middlewares"
import { validateAndTransformBody } from "@medusajs/framework/http"
import { StoreApplyCoupon } from "./store/carts/[id]/coupon/validators"

export default defineMiddlewares({
  routes: [
    ...adminSettingsMiddlewares,
    ...adminCouponsMiddlewares,
    { method: ["POST"], matcher: "/store/carts/:id/coupon", middlewares: [validateAndTransformBody(StoreApplyCoupon)] },
  ],
})
