import type { MiddlewareRoute } from "@medusajs/framework/http"
import { refuseNulBytes } from "../../utils/refuse-nul-bytes"
import { adminBudgetMiddlewares } from "./budget/middlewares"
import { adminCouponsMiddlewares } from "./coupons/middlewares"
import { adminFollowersMiddlewares } from "./followers/middlewares"
import { adminExchangeOffersMiddlewares } from "./exchange-offers/middlewares"
import { adminOrdersMiddlewares } from "./orders/middlewares"
import { adminPointsMiddlewares } from "./points/middlewares"
import { adminSettingsMiddlewares } from "./settings/middlewares"
import { adminPushesMiddlewares } from "./pushes/middlewares"
import { adminMembershipGiftsMiddlewares } from "./membership-gifts/middlewares"

/** Every admin route of the plugin: one entry per resource folder. */
export const adminCouponMarketingMiddlewares: MiddlewareRoute[] = [
  // Text with a NUL character can never be stored: 400 naming the field, never a 500.
  { matcher: "/admin/coupon-marketing", middlewares: [refuseNulBytes] },
  ...adminSettingsMiddlewares,
  ...adminCouponsMiddlewares,
  ...adminOrdersMiddlewares,
  ...adminPointsMiddlewares,
  ...adminBudgetMiddlewares,
  ...adminExchangeOffersMiddlewares,
  ...adminFollowersMiddlewares,
  ...adminPushesMiddlewares,
  ...adminMembershipGiftsMiddlewares,
]
