import type { CartCouponState, PreloadedCoupon } from "./cart-coupon"

/**
 * What the store's cart guard (src/api/store/carts/coupon-guard.ts) tells the `cartUpdated`
 * hook about a cart it is changing, and what the hook tells it back. Both run in the same
 * process for one request, under the cart's lock, so a map keyed by cart id is enough.
 */
export interface CartSyncNote {
  /** The guard has just applied, replaced or cleared the cart's coupon. */
  clearing?: boolean
  /** The cart's coupon record and coupon after that change (saves the sync reading them). */
  preloaded?: PreloadedCoupon
  /** Set by the hook: whether the sync changed the cart, whether it has a payment collection, and the coupon's state it left. */
  synced?: { changed: boolean; has_payment_collection: boolean; state?: CartCouponState | null }
}

const notes = new Map<string, CartSyncNote>()

export const cartSyncRegistry = {
  expect(cartId: string, note: CartSyncNote) {
    notes.set(cartId, note)
  },
  peek(cartId: string): CartSyncNote | undefined {
    return notes.get(cartId)
  },
  take(cartId: string): CartSyncNote | undefined {
    const note = notes.get(cartId)
    notes.delete(cartId)
    return note
  },
}
