import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { earnOrderPointsWorkflow } from "../workflows/points/workflows/earn-order-points"

/**
 * POINTS-2: a member's placed order earns its points, once (key `earn:<order id>`: a
 * redelivered `order.placed` earns nothing more). Guests earn nothing.
 */
export default async function pointsOrderPlacedHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await earnOrderPointsWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
