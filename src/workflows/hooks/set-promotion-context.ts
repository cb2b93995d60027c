/**
 * The plugin owns the `setPromotionContext` hook of `updateCartPromotionsWorkflow` (Medusa
 * allows one handler per hook in a whole app: a store that needs its own must merge it here).
 *
 * Every time Medusa recomputes a cart's promotions it asks this hook for extra context. The
 * hook grants the cart's plugin coupon — read from the plugin's own table, never from anything
 * the shopper can write — only when the coupon may be used now and its condition is met, and
 * flags what the coupon may discount. A coupon's promotion has a rule on the grant, so its
 * (secret) code is worthless on any other cart.
 */
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { CartForCoupon, cartCouponState } from "../coupons/utils/cart-coupon"
import { FLAG_YES, NO_GRANT, TARGET_ATTRIBUTE } from "../coupons/utils/promotion-input"

updateCartPromotionsWorkflow.hooks.setPromotionContext(async ({ cart }, { container }) => {
  const typed = cart as unknown as CartForCoupon & { shipping_methods?: Array<Record<string, unknown>> }
  const state = await cartCouponState(container, typed)
  const evaluation = state?.check.ok ? state.evaluation : null
  const granted = !!evaluation?.applicable
  const benefit = state?.coupon.benefit_type
  const targets = new Set<string>()
  if (granted && evaluation) {
    if (benefit === "gift_product") {
      for (const item of typed.items ?? []) {
        if ((item.metadata ?? {})["coupon_marketing_gift"] === state!.coupon.id) targets.add(item.id)
      }
    } else if (benefit !== "free_shipping") {
      evaluation.eligible_item_ids.forEach((id) => targets.add(id))
    }
  }
  const flag = (id: string) => (targets.has(id) ? FLAG_YES : "no")
  return new StepResponse({
    coupon_marketing: { grants: granted ? [state!.coupon.id] : [NO_GRANT] },
    items: (typed.items ?? []).map((item) => ({ ...item, [TARGET_ATTRIBUTE]: flag(item.id) })),
    shipping_methods: (typed.shipping_methods ?? []).map((method) => ({
      ...method,
      [TARGET_ATTRIBUTE]: granted && benefit === "free_shipping" && evaluation?.free_shipping ? FLAG_YES : "no",
    })),
  })
})
