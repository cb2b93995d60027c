import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { releaseOrderCouponUseWorkflow } from "../workflows/coupons/workflows/release-order-coupon-use"

/**
 * COUPON-21: cancelling an order that used a coupon gives the use back exactly once (Medusa
 * itself never does) and emits COUPON_USE_RELEASED. Idempotent: a repeated or concurrent event
 * finds nothing left to release.
 */
export default async function orderCanceledHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await releaseOrderCouponUseWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled" }
