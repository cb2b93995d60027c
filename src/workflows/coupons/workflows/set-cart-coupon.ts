import { PromotionActions } from "@medusajs/framework/utils"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { refreshPaymentCollectionForCartWorkflow, updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { syncCouponAdjustmentsStep } from "../steps/sync-coupon-adjustments"
import { setCartCouponStep, SetCartCouponInput } from "../steps/set-cart-coupon"
import { isPluginPromotionCode } from "../utils/promotion-input"

export const setCartCouponWorkflowId = "coupon-marketing-set-cart-coupon"

export interface SetCartCouponWorkflowInput extends SetCartCouponInput {
  /** The promotion codes the cart holds now. */
  cart_promo_codes: string[]
  /** The promotion code of the coupon being applied, if any. */
  promo_code: string | null
}

/**
 * Applies, replaces (COUPON-30) or clears (COUPON-34) the plugin coupon of a cart: records it,
 * then has Medusa recompute the cart's promotions with the coupon's promotion in place of any
 * other plugin coupon's. The cart's other promotion codes are kept.
 */
export const setCartCouponWorkflow = createWorkflow(setCartCouponWorkflowId, (input: SetCartCouponWorkflowInput) => {
  setCartCouponStep({ cart_id: input.cart_id, coupon: input.coupon })
  const promo_codes = transform({ input }, ({ input }) => {
    const others = input.cart_promo_codes.filter((c) => !isPluginPromotionCode(c))
    return input.promo_code ? [...others, input.promo_code] : others
  })
  updateCartPromotionsWorkflow.runAsStep({
    input: { cart_id: input.cart_id, promo_codes, action: PromotionActions.REPLACE },
  })
  const synced = syncCouponAdjustmentsStep(input.cart_id)
  refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
  return new WorkflowResponse(transform({ synced }, ({ synced }) => synced.state))
})
