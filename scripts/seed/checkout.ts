/**
 * A shopper's checkout with a coupon, through the same workflows the Store API runs — no
 * shortcut into the plugin's tables, so the order carries the coupon's discount and the coupon
 * its use exactly as a storefront order would:
 *
 *   POST /store/carts                        → createCartWorkflow
 *   POST /store/carts/:id/shipping-methods   → addShippingMethodToCartWorkflow
 *   POST /store/carts/:id/coupon { code }    → the route's lookup (judgeTypedCode) + setCartCouponWorkflow
 *   POST /store/payment-collections (+ payment-sessions, system provider)
 *   POST /store/carts/:id/complete           → completeCartWorkflow (the plugin's `validate`
 *                                              hook records the use), then what the complete
 *                                              route's guard does: the use names its order
 *
 * then what `order.placed` does (./order-placed.ts): the points are earned. The seed runs one
 * step after the other, so the cart lock the store routes take is not needed.
 */
import type { CreateCartAddressDTO } from "@medusajs/framework/types"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { COUPON_MARKETING_MODULE } from "../../src/modules/coupon-marketing"
import type CouponMarketingModuleService from "../../src/modules/coupon-marketing/service"
import { CART_HOLDER_FIELDS, loadCart, type CodeForCheck } from "../../src/workflows/coupons/utils/cart-coupon"
import { judgeTypedCode } from "../../src/workflows/coupons/utils/find-coupon"
import { recordOrderOfCouponUse } from "../../src/workflows/coupons/utils/order-use"
import { setCartCouponWorkflow } from "../../src/workflows/coupons/workflows/set-cart-coupon"
import type { SeedContext } from "./context"
import { PAYMENT_PROVIDER_ID } from "./demo-data"
import { deliverOrderPlaced } from "./order-placed"

export type CheckoutInput = {
  region_id: string
  sales_channel_id: string
  shipping_option_id: string
  customer: { id: string; email: string }
  address: CreateCartAddressDTO
  items: { variant_id: string; quantity: number }[]
  /** What the shopper types in the coupon field. */
  code: string
  /** Copied to the order by Medusa (`metadata.demo_seed` makes the seed idempotent). */
  metadata: Record<string, unknown>
}

/** The coupon cannot be used on the cart (ended since an earlier run, used up, condition not met). */
export class CouponNotUsable extends Error {}

/**
 * What `POST /store/carts/:id/coupon` does after its checks of the request: the typed code is
 * looked up and judged for the cart, then the workflow applies it. A refused code, or a coupon
 * held but not applied (its condition not met), is an error here: the demo order must use it.
 */
async function applyCoupon(ctx: SeedContext, cartId: string, typed: string): Promise<void> {
  const cart = await loadCart(ctx.container, cartId, CART_HOLDER_FIELDS)
  const judged = await judgeTypedCode(ctx.container, typed, cart, new Date())
  if (judged.kind !== "coupon") {
    throw new CouponNotUsable(`Coupon code ${typed} refused on cart ${cartId}: ${judged.kind === "refused" ? judged.refusal : "not a plugin code"}`)
  }
  const { found } = judged
  const { result: state } = await setCartCouponWorkflow(ctx.container).run({
    input: {
      cart_id: cartId,
      coupon: { coupon_id: found.coupon.id, code: found.code, coupon_code_id: found.codeRow?.id ?? null, customer_id: cart.customer_id ?? null },
      promo_code: found.coupon.promotion_code,
      coupon_row: found.coupon,
      code_row: found.codeRow as CodeForCheck | null,
    },
  })
  const applied = (state as { evaluation?: { applicable?: boolean } } | null)?.evaluation?.applicable
  if (!applied) throw new CouponNotUsable(`Coupon code ${typed} is on cart ${cartId} but does not apply (its condition is not met)`)
}

/** Checks a cart out with a coupon; answers the order's id. */
export async function checkoutWithCoupon(ctx: SeedContext, input: CheckoutInput): Promise<string> {
  const { container } = ctx
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: input.region_id,
      sales_channel_id: input.sales_channel_id,
      customer_id: input.customer.id,
      email: input.customer.email,
      shipping_address: input.address,
      billing_address: input.address,
      items: input.items,
      metadata: input.metadata,
    },
  })
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: input.shipping_option_id }] } })
  await applyCoupon(ctx, cart.id, input.code)

  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: collection.id, provider_id: PAYMENT_PROVIDER_ID, customer_id: input.customer.id },
  })
  const { result: order } = await completeCartWorkflow(container).run({ input: { id: cart.id } })

  // The complete route's guard (src/api/store/carts/coupon-guard.ts), then `order.placed`.
  await recordOrderOfCouponUse(container, order.id, cart.id)
  await deliverOrderPlaced(ctx, order.id)

  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const [usage] = await service.listCouponUsages({ order_id: order.id }, { take: 1, select: ["id"] })
  if (!usage) throw new Error(`Order ${order.id} (cart ${cart.id}) was placed without its coupon use`)
  return order.id
}
