import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { NoParams } from "../../../utils/list-params"
import { AdminCloseMembershipGift, AdminCreateMembershipGift, AdminListMembershipGifts, AdminUpdateMembershipGift } from "./validators"

/** SPEC §4 membership sign-up gifts (admins only: Medusa authenticates `/admin`). */
export const adminMembershipGiftsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/coupon-marketing/membership-gifts", middlewares: [validateAndTransformQuery(AdminListMembershipGifts, {})] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/membership-gifts", middlewares: [validateAndTransformBody(AdminCreateMembershipGift)] },
  { method: ["GET"], matcher: "/admin/coupon-marketing/membership-gifts/:id", middlewares: [validateAndTransformQuery(NoParams, {})] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/membership-gifts/:id", middlewares: [validateAndTransformBody(AdminUpdateMembershipGift)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/membership-gifts/:id/close", middlewares: [validateAndTransformBody(AdminCloseMembershipGift)] },
  { method: ["GET"], matcher: "/admin/coupon-marketing/membership-gifts/:id/stats", middlewares: [validateAndTransformQuery(NoParams, {})] },
]
