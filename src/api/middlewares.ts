import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSettingsMiddlewares } from "./admin/coupon-marketing/settings/middlewares"

export default defineMiddlewares({
  routes: [...adminSettingsMiddlewares],
})
