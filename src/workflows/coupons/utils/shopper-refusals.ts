import { MedusaError } from "@medusajs/framework/utils"
import { COUPON_NOT_VALID } from "../../../types/coupons"
import type { LoadedCart } from "./cart-coupon"

/**
 * What a shopper is told when a coupon is refused, shared by the plugin's cart coupon route, its
 * workflow steps and the `promo_codes` paths (the store's cart guard).
 */

/** COUPON-31: what a guest (or the wrong customer) is told for a members-only or individual code. */
export const LOGIN_REQUIRED = "Log in to use this coupon"

/** Item 7: a customer's cart is changed by that customer only. */
export const CART_OWNER_REQUIRED = "This cart belongs to a customer account. Log in to that account to change its coupon."

/** COUPON-32: at most 10 failed attempts per minute, per cart, per client address and per customer. */
export const MAX_FAILED_ATTEMPTS = 10
export const ATTEMPT_WINDOW_SECONDS = 60
export const TOO_MANY_ATTEMPTS = "Too many invalid coupon codes. Please wait a minute and try again."
/** The `code` of the refusal a full attempt window gets (the route answers it with HTTP 429). */
export const TOO_MANY_ATTEMPTS_CODE = "too_many_attempts"

export function refusalError(refusal: "not_valid" | "login_required") {
  return refusal === "login_required"
    ? new MedusaError(MedusaError.Types.NOT_ALLOWED, LOGIN_REQUIRED, "login_required")
    : new MedusaError(MedusaError.Types.NOT_ALLOWED, COUPON_NOT_VALID, "coupon_not_valid")
}

/** Item 7: a cart of a customer with an account is theirs; a guest cart is whoever holds its id. */
export function assertCartOwner(cart: LoadedCart, viewer: string | null) {
  if (cart.customer_id && cart.customer?.has_account && cart.customer_id !== viewer) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, CART_OWNER_REQUIRED, "cart_owner_required")
  }
}

/** A completed cart's coupon cannot change. */
export function assertCartOpen(cart: LoadedCart) {
  if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cart.id} is already completed`)
}
