import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { COUPON_MARKETING_MODULE } from "../modules/coupon-marketing"
import type CouponMarketingModuleService from "../modules/coupon-marketing/service"

/**
 * POINTS-2: cancelling an order takes back the points it earned, once (key `reverse:<order
 * id>`). Points already spent cannot be taken back: the balance never goes below 0, and the
 * entry records what was actually taken.
 */
export default async function pointsOrderCanceledHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const [earned] = await service.listPointsEntries({ idempotency_key: `earn:${data.id}` })
  if (!earned) return
  await service.appendPoints({
    customer_id: earned.customer_id,
    type: "refund",
    points: -earned.points,
    reason: `${earned.reason} cancelled`,
    idempotency_key: `reverse:${data.id}`,
    order_id: data.id,
    clamp: true,
  })
}

export const config: SubscriberConfig = { event: "order.canceled" }
