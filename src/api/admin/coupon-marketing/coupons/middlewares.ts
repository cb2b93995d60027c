import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { validateQuery } from "../../../utils/validate-query"
import { AdminCreateCoupon, AdminListCoupons, AdminUpdateCoupon } from "./validators"

export const adminCouponsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/coupon-marketing/coupons", middlewares: [validateQuery(AdminListCoupons)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/coupons", middlewares: [validateAndTransformBody(AdminCreateCoupon)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/coupons/:id", middlewares: [validateAndTransformBody(AdminUpdateCoupon)] },
]
