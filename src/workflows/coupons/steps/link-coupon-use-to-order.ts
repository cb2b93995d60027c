import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { ordererName } from "../../../modules/coupon-marketing/domain/coupons"
import type { CouponUseEventData } from "../../../types/events"
import { couponUseEventData } from "../utils/coupon-events"
import { ORDER_FIELDS, OrderRow, withOrdererName } from "../utils/order-row"

export const linkCouponUseToOrderStepId = "coupon-marketing-link-coupon-use-to-order"

export interface LinkCouponUseToOrderStepInput {
  order_id: string
  /** The cart the order was made from, when the caller knows it (else read from the order). */
  cart_id?: string | null
}

async function readOrder(container: MedusaContainer, orderId: string, withCart: boolean) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: [...ORDER_FIELDS, ...(withCart ? ["cart.id"] : [])], filters: { id: orderId } })
  return data[0] as (OrderRow & { cart?: { id: string } | null }) | undefined
}

/**
 * Ties the coupon use checkout recorded for a cart to the order made from it (COUPON-21) and
 * keeps what the usage report shows of the order (COUPON-22). Exactly once per use: answers the
 * uses this run linked, as COUPON_USED carries them ([] when there was none, or another caller
 * linked it first). Compensation unlinks them.
 */
export const linkCouponUseToOrderStep = createStep(
  linkCouponUseToOrderStepId,
  async ({ order_id, cart_id }: LinkCouponUseToOrderStepInput, { container }) => {
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const row = await readOrder(container, order_id, !cart_id)
    const cart = cart_id ?? row?.cart?.id
    if (!row || !cart) return new StepResponse([] as CouponUseEventData[], [] as string[])
    const order = withOrdererName(row)
    const linked = await service.linkCouponUseToOrder(cart, {
      order_id,
      order_display_id: order.display_id != null ? Number(order.display_id) : null,
      ordered_at: order.created_at ? new Date(order.created_at) : null,
      orderer_name: ordererName(order) || null,
      email: order.email ?? null,
    })
    const data = await couponUseEventData(container, linked)
    return new StepResponse(data, linked.map((u) => u.id))
  },
  async (usageIds, { container }) => {
    if (!usageIds?.length) return
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    // The step's input is not handed to compensation: the use's current order is read back.
    const uses = await service.listCouponUsesForEvent(usageIds)
    for (const use of uses) if (use.order_id) await service.unlinkCouponUseFromOrder(use.id, use.order_id)
  }
)
