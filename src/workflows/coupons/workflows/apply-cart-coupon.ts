import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { findCartCouponCodeStep } from "../steps/find-cart-coupon-code"
import { loadCartForCouponStep } from "../steps/load-cart-for-coupon"
import { releaseCouponAttemptStep } from "../steps/release-coupon-attempt"
import { takeCouponAttemptStep } from "../steps/take-coupon-attempt"
import type { CodeForCheck } from "../utils/cart-coupon"
import { setCartCouponWorkflow, SetCartCouponWorkflowInput } from "./set-cart-coupon"

export const applyCartCouponWorkflowId = "coupon-marketing-apply-cart-coupon"

export interface ApplyCartCouponWorkflowInput {
  cart_id: string
  /** The code as the shopper typed it (any case; individual codes with or without hyphens). */
  code: string
  /** The signed-in customer making the request (null: a guest). */
  viewer_id: string | null
  /** The throttle's keys of the request (cart, client address, customer; COUPON-32). */
  attempt_keys: string[]
}

/**
 * `POST /store/carts/:id/coupon`: checks the cart (open, the requester's), takes a throttle
 * attempt, finds the typed code's coupon and judges whether the cart's holder may use it, gives
 * the attempt back, then applies it with `setCartCouponWorkflow` (replacing the cart's plugin
 * coupon, COUPON-30). Refusals: 404 unknown cart, 403 another customer's, 400
 * `coupon_not_valid` / `login_required`, and `too_many_attempts` (the route answers 429).
 * Answers the coupon's state on the cart.
 */
export const applyCartCouponWorkflow = createWorkflow(applyCartCouponWorkflowId, (input: ApplyCartCouponWorkflowInput) => {
  const cart = loadCartForCouponStep({ cart_id: input.cart_id, viewer_id: input.viewer_id })
  takeCouponAttemptStep(input.attempt_keys)
  const found = findCartCouponCodeStep({ code: input.code, cart })
  releaseCouponAttemptStep(input.attempt_keys)
  const apply = transform({ input, cart, found }, ({ input, cart, found }): SetCartCouponWorkflowInput => ({
    cart_id: input.cart_id,
    coupon: { coupon_id: found.coupon.id, code: found.code, coupon_code_id: found.codeRow?.id ?? null, customer_id: cart.customer_id ?? null },
    promo_code: found.coupon.promotion_code,
    coupon_row: found.coupon,
    code_row: found.codeRow as CodeForCheck | null,
  }))
  const state = setCartCouponWorkflow.runAsStep({ input: apply })
  return new WorkflowResponse(state)
})
