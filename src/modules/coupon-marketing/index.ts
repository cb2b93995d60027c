import { Module } from "@medusajs/framework/utils"
import CouponMarketingModuleService from "./service"
import validateOptionsLoader from "./loaders/validate-options"

/** The container key of the plugin's module (`^[a-zA-Z_][0-9a-zA-Z_]*$`, so no dash). */
export const COUPON_MARKETING_MODULE = "coupon_marketing"

export default Module(COUPON_MARKETING_MODULE, {
  service: CouponMarketingModuleService,
  loaders: [validateOptionsLoader],
})

export { CouponMarketingModuleService }
export * from "./options"
