import type { MedusaContainer } from "@medusajs/framework/types"
import { recordCouponOrderUseWorkflow } from "../workflows/record-coupon-order-use"

/**
 * Ties the coupon use checkout recorded for a cart to the order made from it, so a
 * cancellation can give it back (COUPON-21), keeps what the usage report shows of the order
 * with the use (COUPON-22: the report streams from the plugin's table), and emits COUPON_USED.
 * Exactly once per use: a use that already names its order is left alone. Called when the
 * store's complete route answers and on `order.placed` (for orders completed some other way,
 * e.g. a payment webhook), so the plugin needs none of `completeCartWorkflow`'s `orderCreated`
 * hook, which Medusa's loyalty plugin owns. Answers how many uses it linked.
 */
export async function recordOrderOfCouponUse(container: MedusaContainer, orderId: string, cartId?: string | null): Promise<number> {
  const { result } = await recordCouponOrderUseWorkflow(container).run({ input: { order_id: orderId, cart_id: cartId ?? null } })
  return result
}
