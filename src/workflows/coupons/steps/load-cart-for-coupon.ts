import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CART_HOLDER_FIELDS, LoadedCart, loadCart } from "../utils/cart-coupon"
import { assertCartOpen, assertCartOwner } from "../utils/shopper-refusals"

export const loadCartForCouponStepId = "coupon-marketing-load-cart-for-coupon"

export interface LoadCartForCouponStepInput {
  cart_id: string
  /** The signed-in customer making the request (null: a guest). */
  viewer_id: string | null
}

/**
 * Reads who holds the cart (no items: who may use a coupon does not depend on them) and refuses
 * a completed cart (400), an unknown one (404) or another customer's (403, item 7).
 */
export const loadCartForCouponStep = createStep(
  loadCartForCouponStepId,
  async ({ cart_id, viewer_id }: LoadCartForCouponStepInput, { container }) => {
    const cart = await loadCart(container, cart_id, CART_HOLDER_FIELDS)
    assertCartOpen(cart)
    assertCartOwner(cart, viewer_id)
    return new StepResponse(cart as LoadedCart)
  }
)
