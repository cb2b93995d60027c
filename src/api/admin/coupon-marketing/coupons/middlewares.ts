import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { validateQuery } from "../../../utils/validate-query"
import { AdminCreateCoupon, AdminIssueCouponCodes, AdminListCoupons, AdminUpdateCoupon } from "./validators"
import { AdminCouponOfferImpact } from "./offer-impact/validators"

export const adminCouponsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/coupon-marketing/coupons", middlewares: [validateQuery(AdminListCoupons)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/coupons", middlewares: [validateAndTransformBody(AdminCreateCoupon)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/coupons/offer-impact", middlewares: [validateAndTransformBody(AdminCouponOfferImpact)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/coupons/:id", middlewares: [validateAndTransformBody(AdminUpdateCoupon)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/coupons/:id/codes", middlewares: [validateAndTransformBody(AdminIssueCouponCodes)] },
]
