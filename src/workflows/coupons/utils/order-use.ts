import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { ordererName } from "../../../modules/coupon-marketing/domain/coupons"
import { ORDER_FIELDS, OrderRow, withOrdererName } from "./order-row"

/**
 * Ties the coupon use checkout recorded for a cart to the order made from it, so a
 * cancellation can give it back (COUPON-21), and keeps what the usage report shows of the order
 * with the use (COUPON-22: the report streams from the plugin's table). Idempotent: a use that
 * already names its order is left alone. Called when the store's complete route answers and on
 * `order.placed` (for orders completed some other way, e.g. a payment webhook), so the plugin
 * needs none of `completeCartWorkflow`'s `orderCreated` hook, which Medusa's loyalty plugin owns.
 */
export async function recordOrderOfCouponUse(container: MedusaContainer, orderId: string, cartId?: string | null): Promise<number> {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: [...ORDER_FIELDS, ...(cartId ? [] : ["cart.id"])], filters: { id: orderId } })
  const row = data[0] as (OrderRow & { cart?: { id: string } | null }) | undefined
  const cart = cartId ?? row?.cart?.id
  if (!row || !cart) return 0
  const usages = (await service.listCouponUsages({ cart_id: cart }, { select: ["id", "order_id"] })).filter((u) => !u.order_id)
  if (!usages.length) return 0
  const order = withOrdererName(row)
  await service.updateCouponUsages(
    usages.map((u) => ({
      id: u.id,
      order_id: orderId,
      order_display_id: order.display_id != null ? Number(order.display_id) : null,
      ordered_at: order.created_at ? new Date(order.created_at) : null,
      orderer_name: ordererName(order) || null,
      ...(order.email ? { email: order.email } : {}),
    }))
  )
  return usages.length
}
