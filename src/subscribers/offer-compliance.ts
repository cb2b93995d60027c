import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CouponMarketingEvents } from "../types/events"
import { recheckOfferCompliance } from "../workflows/points/utils/compliance"

/**
 * POINTS-5: whenever a coupon is created, edited or deleted, the exchange offers are judged
 * again: a free coupon that now beats an offer hides it (`non_compliant`) until it is fixed.
 */
export default async function offerComplianceHandler({ container }: SubscriberArgs<{ id: string }>) {
  await recheckOfferCompliance(container)
}

export const config: SubscriberConfig = {
  event: [CouponMarketingEvents.COUPON_CREATED, CouponMarketingEvents.COUPON_UPDATED, CouponMarketingEvents.COUPON_DELETED],
}
