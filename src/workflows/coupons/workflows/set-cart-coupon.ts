import { PromotionActions } from "@medusajs/framework/utils"
import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, refreshPaymentCollectionForCartWorkflow, updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { CouponMarketingEvents } from "../../../types/events"
import { couponAppliedData } from "../utils/coupon-events"
import { syncCouponAdjustmentsStep } from "../steps/sync-coupon-adjustments"
import { setCartCouponStep, SetCartCouponInput } from "../steps/set-cart-coupon"
import type { CodeForCheck, PreloadedCoupon } from "../utils/cart-coupon"
import type { CouponRow } from "../utils/coupon-row"
import { isPluginPromotionCode } from "../utils/promotion-input"

export const setCartCouponWorkflowId = "coupon-marketing-set-cart-coupon"

export interface SetCartCouponWorkflowInput extends SetCartCouponInput {
  /** The promotion code of the coupon being applied; null when clearing. */
  promo_code: string | null
  /** Clearing: the promotion codes the cart holds now (the store's own ones are kept). */
  cart_promo_codes?: string[]
  /** Applying: the coupon and its individual code as the caller just read them. */
  coupon_row?: CouponRow | null
  code_row?: CodeForCheck | null
}

/**
 * Applies, replaces (COUPON-30) or clears (COUPON-34) the plugin coupon of a cart: records it,
 * then has Medusa recompute the cart's promotions. Applying adds the coupon's promotion code:
 * a replaced coupon's code is dropped by Medusa because the `setPromotionContext` hook no longer
 * grants it. Clearing keeps the cart's other codes. Then the coupon's amounts are made exact and,
 * when the cart has a payment collection, it is refreshed. Applying emits COUPON_APPLIED (once the
 * workflow succeeds), with the discount the coupon gives the cart now.
 */
export const setCartCouponWorkflow = createWorkflow(setCartCouponWorkflowId, (input: SetCartCouponWorkflowInput) => {
  const recorded = setCartCouponStep({ cart_id: input.cart_id, coupon: input.coupon })
  const promotions = transform({ input }, ({ input }) =>
    input.promo_code
      ? { promo_codes: [input.promo_code], action: PromotionActions.ADD }
      : { promo_codes: (input.cart_promo_codes ?? []).filter((c) => !isPluginPromotionCode(c)), action: PromotionActions.REPLACE }
  )
  updateCartPromotionsWorkflow.runAsStep({
    input: { cart_id: input.cart_id, promo_codes: promotions.promo_codes, action: promotions.action },
  })
  // What the route read and the step wrote need not be read again (unknown: the sync reads it).
  const preloaded = transform({ input, recorded }, ({ input, recorded }): PreloadedCoupon | undefined => {
    const current = recorded.current
    if (!current) return { cartCoupon: null, coupon: null, code: null }
    if (input.coupon_row?.id !== current.coupon_id) return undefined
    return { cartCoupon: current, coupon: input.coupon_row, code: current.coupon_code_id ? input.code_row ?? undefined : null }
  })
  const synced = syncCouponAdjustmentsStep({ cart_id: input.cart_id, preloaded })
  when("coupon-marketing-has-payment-collection", { synced }, ({ synced }) => synced.has_payment_collection).then(() => {
    refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
  })
  const applied = transform({ input, synced }, ({ input, synced }) =>
    input.coupon && synced.state?.cart_coupon.coupon_id === input.coupon.coupon_id
      ? couponAppliedData(synced.state, input.cart_id, input.coupon.customer_id)
      : null
  )
  // No data (clearing): the step emits nothing.
  emitEventStep({ eventName: CouponMarketingEvents.COUPON_APPLIED, data: applied }).config({ name: "coupon-marketing-emit-coupon-applied" })
  return new WorkflowResponse(transform({ synced }, ({ synced }) => synced.state))
})
