import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listAdminCouponsQueryConfig } from "./query-config"
import { AdminCreateCoupon, AdminIssueCouponCodes, AdminListCoupons, AdminUpdateCoupon } from "./validators"
import { AdminCouponOfferImpact } from "./offer-impact/validators"

export const adminCouponsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/coupon-marketing/coupons", middlewares: [validateAndTransformQuery(AdminListCoupons, listAdminCouponsQueryConfig)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/coupons", middlewares: [validateAndTransformBody(AdminCreateCoupon)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/coupons/offer-impact", middlewares: [validateAndTransformBody(AdminCouponOfferImpact)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/coupons/:id", middlewares: [validateAndTransformBody(AdminUpdateCoupon)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/coupons/:id/codes", middlewares: [validateAndTransformBody(AdminIssueCouponCodes)] },
]
