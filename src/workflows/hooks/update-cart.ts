/**
 * The plugin owns the `cartUpdated` hook of `updateCartWorkflow` (`POST /store/carts/:id`: the
 * official storefront's discount field, addresses, email, region). No official Medusa plugin
 * takes it. Medusa has just recomputed the cart's promotions (spreading the coupon's amount
 * without rounding); the hook makes the coupon's adjustments exact before the route reads the
 * cart it answers, so the answer needs no second read. When the cart has a payment collection,
 * Medusa refreshed it before this hook: the store's cart guard refreshes it again afterwards
 * (Medusa's lock on the cart is held here).
 */
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { cartSyncRegistry } from "../coupons/utils/cart-sync-registry"
import { syncCouponAdjustmentsWithState } from "../coupons/utils/sync-adjustments"

updateCartWorkflow.hooks.cartUpdated(async ({ cart }, { container }) => {
  const cartId = (cart as { id?: string } | undefined)?.id
  if (!cartId) return new StepResponse(false)
  // The guard's note, when the request came through the store route (it takes it back afterwards).
  const note = cartSyncRegistry.peek(cartId)
  const synced = await syncCouponAdjustmentsWithState(container, cartId, { clearing: !!note?.clearing, preloaded: note?.preloaded })
  if (note) note.synced = { changed: synced.changed, has_payment_collection: synced.has_payment_collection, state: synced.state }
  return new StepResponse(synced.changed)
})
