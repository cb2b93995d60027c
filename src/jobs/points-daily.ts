import type { MedusaContainer } from "@medusajs/framework/types"
import { COUPON_MARKETING_MODULE } from "../modules/coupon-marketing"
import type CouponMarketingModuleService from "../modules/coupon-marketing/service"

/**
 * Every morning: expires earned points that reached their expiry (POINTS-3). (The exchange
 * reminders of POINTS-8 are the job `exchange-reminders`, through the delivery pipeline.)
 */
export default async function pointsDailyJob(container: MedusaContainer) {
  const now = new Date()
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  await service.expirePoints(now)
}

export const config = {
  name: "coupon-marketing-points-daily",
  schedule: "0 9 * * *",
}
