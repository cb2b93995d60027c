/**
 * The plugin owns the `validate` and `orderCreated` hooks of `completeCartWorkflow` (one
 * handler per hook in a whole app).
 *
 * validate: an order that uses a coupon records its use atomically before the order is
 * created (COUPON-13, COUPON-20): limits are checked under a row lock, so concurrent checkouts
 * can never overrun them; a coupon used up in the meantime stops the checkout with the generic
 * error. If the checkout fails later, compensation removes the use.
 * orderCreated: the use is tied to its order, so a cancellation can give it back (COUPON-21).
 */
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { ordererName } from "../../modules/coupon-marketing/domain/coupons"
import { ORDER_FIELDS, OrderRow, withOrdererName } from "../coupons/utils/order-row"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { COUPON_MARKETING_MODULE } from "../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../modules/coupon-marketing/service"
import { COUPON_NOT_VALID } from "../../modules/coupon-marketing/service"
import { cartCouponState, loadCart } from "../coupons/utils/cart-coupon"

completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const [existing] = await service.listCouponUsages({ cart_id: cart.id }, { take: 1 })
    if (existing) {
      return new StepResponse(existing.id, null) // a retried completion: already recorded
    }
    const full = await loadCart(container, cart.id)
    const state = await cartCouponState(container, full)
    if (!state) {
      return new StepResponse(null, null)
    }
    if (!state.check.ok) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${COUPON_NOT_VALID}. Remove the coupon from the cart to check out.`,
        "coupon_not_valid"
      )
    }
    const evaluation = state.evaluation
    if (!evaluation?.applicable) {
      return new StepResponse(null, null) // held but not applied (COUPON-33): nothing used
    }
    // Serialise checkouts of one coupon with Medusa's locking module (Redis across instances)
    // before touching the database: waiting on a row lock would hold a pooled connection each,
    // and a burst of checkouts could exhaust the pool. The row lock inside stays as a guard.
    const locking = container.resolve(Modules.LOCKING)
    const usage = await locking.execute(`coupon-marketing:coupon-use:${state.coupon.id}`, () => service.consumeCouponUse({
      coupon_id: state.coupon.id,
      cart_id: cart.id,
      code: state.cart_coupon.code,
      coupon_code_id: state.cart_coupon.coupon_code_id,
      customer_id: full.customer_id ?? null,
      email: full.email ?? null,
      currency_code: state.coupon.currency_code,
      eligible_total: evaluation.eligible_total,
      discount_total: evaluation.discount_total,
    }), { timeout: 30 })
    return new StepResponse(usage.id, usage.id)
  },
  async (usageId, { container }) => {
    if (!usageId) return
    await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).undoCouponUse(usageId)
  }
)

type OrderCreatedHook = (
  handler: (input: { order_id: string; cart_id: string }, context: { container: import("@medusajs/framework/types").MedusaContainer }) => Promise<StepResponse<unknown, unknown>>
) => void

// Present at runtime in 2.21 but not in the workflow's public typings.
;(completeCartWorkflow.hooks as unknown as { orderCreated: OrderCreatedHook }).orderCreated(async ({ order_id, cart_id }, { container }) => {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const usages = await service.listCouponUsages({ cart_id }, { select: ["id"] })
  if (usages.length) {
    // What the usage report shows of the order is kept with the use, so the report streams from
    // the plugin's own table without looking every order up (COUPON-22).
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: order_id } })
    const order = data[0] ? withOrdererName(data[0] as unknown as OrderRow) : null
    const orderer = order ? ordererName(order) : ""
    await service.updateCouponUsages(
      usages.map((u) => ({
        id: u.id,
        order_id,
        order_display_id: order?.display_id != null ? Number(order.display_id) : null,
        ordered_at: order?.created_at ? new Date(order.created_at) : null,
        orderer_name: orderer || null,
        ...(order?.email ? { email: order.email } : {}),
      }))
    )
  }
  return new StepResponse(usages.length)
})
