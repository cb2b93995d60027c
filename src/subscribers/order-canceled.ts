import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { COUPON_MARKETING_MODULE } from "../modules/coupon-marketing"
import type CouponMarketingModuleService from "../modules/coupon-marketing/service"

/**
 * COUPON-21: cancelling an order that used a coupon gives the use back exactly once (Medusa
 * itself never does). Idempotent: a repeated or concurrent event finds nothing left to release.
 */
export default async function orderCanceledHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).releaseOrderCouponUse(data.id)
}

export const config: SubscriberConfig = { event: "order.canceled" }
