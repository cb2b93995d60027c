import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseOrderPointsWorkflow } from "../workflows/points/workflows/reverse-order-points"

/**
 * POINTS-2: cancelling an order takes back the points it earned, once (key `reverse:<order
 * id>`). Points already spent cannot be taken back: the balance never goes below 0.
 */
export default async function pointsOrderCanceledHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await reverseOrderPointsWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled" }
