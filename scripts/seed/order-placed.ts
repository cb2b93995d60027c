/**
 * What `order.placed` does for a seeded order, run by the seed itself, because the event
 * cannot be relied on here:
 *
 * - the 30 history orders are made with `createOrderWorkflow`, which emits no `order.placed`
 *   (only a cart's completion does);
 * - for the cart orders, `medusa exec` hands the event to the event bus, but delivery is not
 *   awaited: the local bus processes it in the background (the log shows "Processing
 *   order.placed which has 2 subscribers" after the seed's own call) and `medusa exec` calls
 *   `process.exit()` as soon as the script returns, so a handler still running is cut off;
 *   with the Redis bus (REDIS_URL) the event waits for the worker of `medusa develop`.
 *
 * So the seed awaits the plugin's two `order.placed` subscribers itself, with the event they
 * would receive — the handlers themselves, not a copy, so a seeded order earns exactly what a
 * real one would:
 *
 * - `points-order-placed`: a member's order earns its points under the idempotency key
 *   `earn:<order id>`; the event's own delivery (now or later) then adds nothing;
 * - `coupon-order-placed`: the coupon use recorded at checkout names its order (the usage
 *   report, the order page's "Coupon" widget). Idempotent as well.
 */
import type { SubscriberArgs } from "@medusajs/framework"
import couponOrderPlacedHandler from "../../src/subscribers/coupon-order-placed"
import pointsOrderPlacedHandler from "../../src/subscribers/points-order-placed"
import type { SeedContext } from "./context"

const HANDLERS = [couponOrderPlacedHandler, pointsOrderPlacedHandler]

export async function deliverOrderPlaced(ctx: SeedContext, orderId: string): Promise<void> {
  const args: SubscriberArgs<{ id: string }> = {
    event: { name: "order.placed", data: { id: orderId } },
    container: ctx.container,
    pluginOptions: {},
  }
  for (const handler of HANDLERS) {
    await handler(args)
  }
}
