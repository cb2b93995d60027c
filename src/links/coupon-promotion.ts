import { defineLink } from "@medusajs/framework/utils"
import PromotionModule from "@medusajs/medusa/promotion"
import CouponMarketingModule from "../modules/coupon-marketing"

/** Each plugin coupon owns one Medusa promotion (COUPON-15). */
export default defineLink(CouponMarketingModule.linkable.coupon, PromotionModule.linkable.promotion)
