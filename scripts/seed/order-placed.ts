/**
 * What `order.placed` does for a seeded order, run by the seed itself.
 *
 * `medusa exec` boots Medusa in server mode: the subscribers are loaded but no worker handles
 * events, so an order the seed places would never reach the plugin's `order.placed`
 * subscribers (and with the in-memory event bus the event is gone once the script exits). The
 * seed therefore calls those subscribers' own handlers with the event they would receive:
 *
 * - `points-order-placed`: a member's order earns its points, under the idempotency key
 *   `earn:<order id>`. When the event IS delivered later (the Redis event bus keeps it for the
 *   worker of `medusa develop`), the same key makes that delivery add nothing;
 * - `coupon-order-placed`: the coupon use recorded at checkout names its order, so the usage
 *   report and the order page's "Coupon" widget show it. Idempotent as well.
 *
 * The handlers are the subscribers themselves, not a copy: the seed earns exactly what a real
 * order would, whatever the rules become.
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
