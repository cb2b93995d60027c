import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../modules/coupon-marketing"
import type CouponMarketingModuleService from "../modules/coupon-marketing/service"
import { earnedPoints, pointsBasis } from "../modules/coupon-marketing/domain/points"
import { addMonths } from "../modules/coupon-marketing/domain/coupons"

type PlacedOrder = {
  id: string
  display_id?: number
  customer_id?: string | null
  customer?: { has_account?: boolean } | null
  item_subtotal?: unknown
  item_discount_total?: unknown
}

const amount = (v: unknown) => (v && typeof v === "object" ? Number((v as { numeric?: number }).numeric ?? 0) : Number(v ?? 0))

/**
 * POINTS-2: a member's placed order earns floor(rate × merchandise total) points, on the total
 * after or before the coupon discount (COUPON-3), once: the entry's key is `earn:<order id>`,
 * so a redelivered `order.placed` earns nothing more. Guests earn nothing.
 */
export default async function pointsOrderPlacedHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "customer_id", "customer.has_account", "item_subtotal", "item_discount_total"],
    filters: { id: data.id },
  })
  const order = orders[0] as unknown as PlacedOrder | undefined
  if (!order?.customer_id || !order.customer?.has_account) return
  const subtotal = amount(order.item_subtotal)
  const discount = amount(order.item_discount_total)
  const { points_basis } = await service.getStoreSettings()
  const { points: options } = service.getOptions()
  const points = earnedPoints(pointsBasis(subtotal, discount, points_basis), { points: options.earn_points, per_amount: options.earn_per_amount })
  if (points <= 0) return
  await service.appendPoints({
    customer_id: order.customer_id,
    type: "earn",
    points,
    reason: `Order #${order.display_id ?? order.id}`,
    idempotency_key: `earn:${order.id}`,
    order_id: order.id,
    expires_at: options.expiry_months ? addMonths(new Date(), options.expiry_months) : null,
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
