/**
 * The plugin owns the `validate` hook of `completeCartWorkflow` (one handler per hook in a
 * whole app; Medusa's loyalty plugin takes this workflow's `beforePaymentAuthorization` and
 * `orderCreated`, which the plugin leaves alone — the use is tied to its order by
 * `recordOrderOfCouponUse`, see the cart guard and the `order.placed` subscriber).
 *
 * An order that uses a coupon records its use atomically before the order is created
 * (COUPON-13, COUPON-20): limits are checked under a row lock, so concurrent checkouts can never
 * overrun them; a coupon used up in the meantime stops the checkout with the generic error. If
 * the checkout fails later, compensation removes the use.
 *
 * The order is built from the cart Medusa read at the start of the workflow, so that snapshot
 * is what is checked: every plugin discount on it must belong to the coupon the cart holds and
 * may use, and the use records exactly the discount the order will carry. A cart that fails
 * this (something changed its adjustments outside the plugin's routes) is refused, never
 * completed with a plugin discount and no use. Repairs happen before the workflow, under the
 * cart's lock (the hook must not change the cart: Medusa would not see it).
 */
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { COUPON_MARKETING_MODULE } from "../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../modules/coupon-marketing/service"
import { COUPON_NOT_VALID } from "../../modules/coupon-marketing/service"
import { toMinor, fromMinor } from "../../modules/coupon-marketing/domain/coupons"
import { CART_COUPON_CHANGED, amountOf, cartCouponState, loadCart } from "../coupons/utils/cart-coupon"
import { isPluginPromotionCode } from "../coupons/utils/promotion-input"

type Adjusted = { adjustments?: Array<{ code?: string | null; amount?: unknown }> | null }
type Snapshot = { id: string; currency_code: string; items?: Adjusted[] | null; shipping_methods?: Adjusted[] | null }

/** The cart's plugin discounts, per promotion code, in the currency's smallest unit. */
export function pluginDiscounts(cart: Snapshot): Map<string, number> {
  const sums = new Map<string, number>()
  for (const line of [...(cart.items ?? []), ...(cart.shipping_methods ?? [])]) {
    for (const a of line?.adjustments ?? []) {
      if (!a || !isPluginPromotionCode(a.code)) continue
      sums.set(a.code!, (sums.get(a.code!) ?? 0) + toMinor(amountOf(a.amount), cart.currency_code))
    }
  }
  return sums
}


completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const [existing] = await service.listCouponUsages({ cart_id: cart.id }, { take: 1 })
    if (existing) {
      return new StepResponse(existing.id, null) // a retried completion: already recorded
    }
    const snapshot = cart as unknown as Snapshot
    const discounts = pluginDiscounts(snapshot)
    const full = await loadCart(container, cart.id)
    const state = await cartCouponState(container, full)
    if (state && !state.check.ok) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${COUPON_NOT_VALID}. Remove the coupon from the cart to check out.`, "coupon_not_valid")
    }
    const applies = !!state?.evaluation?.applicable
    const code = applies ? (state!.coupon as { promotion_code?: string }).promotion_code ?? null : null
    const stray = [...discounts.keys()].filter((c) => c !== code)
    const applied = code ? discounts.get(code) ?? 0 : 0
    if (stray.length || (applies && applied <= 0)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, CART_COUPON_CHANGED, "cart_coupon_changed")
    }
    if (!state || !applies) {
      return new StepResponse(null, null) // no coupon, or held but not applied (COUPON-33): nothing used
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
      eligible_total: state.evaluation!.eligible_total,
      // What the order carries: the coupon's adjustments on the cart the order is built from.
      discount_total: fromMinor(applied, snapshot.currency_code),
    }), { timeout: 30 })
    return new StepResponse(usage.id, usage.id)
  },
  async (usageId, { container }) => {
    if (!usageId) return
    await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).undoCouponUse(usageId)
  }
)
