import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordOrderOfCouponUse } from "../workflows/coupons/utils/order-use"

/**
 * The coupon use of a new order names its order (COUPON-21, COUPON-22). The store's complete
 * route already did it for orders placed through it; this catches the others. Idempotent.
 */
export default async function couponOrderPlacedHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await recordOrderOfCouponUse(container, data.id)
}

export const config: SubscriberConfig = { event: "order.placed" }
