import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CART_HOLDER_FIELDS, CartCouponState, cartCouponState } from "../../../../../workflows/coupons/utils/cart-coupon"
import {
  assertCartOpen,
  assertCartOwner,
  TOO_MANY_ATTEMPTS,
  TOO_MANY_ATTEMPTS_CODE,
} from "../../../../../workflows/coupons/utils/shopper-refusals"
import { attemptKeys } from "../../throttle"
import { applyCartCouponWorkflow } from "../../../../../workflows/coupons/workflows/apply-cart-coupon"
import { setCartCouponWorkflow } from "../../../../../workflows/coupons/workflows/set-cart-coupon"
import { CART_FIELDS, CART_RESPONSE_FIELDS, loadCart, messageFor, serviceOf, toStoreCoupon } from "./helpers"
import type { StoreApplyCouponType } from "./validators"
import { viewerOf } from "../../../../utils/viewer"

const RESPOND_FIELDS = [...new Set([...CART_FIELDS, ...CART_RESPONSE_FIELDS])]

/** The answer's cart: only the response fields (the rules' extra fields stay internal). */
function pick(cart: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const tree: Record<string, unknown> = {}
  for (const path of fields) {
    let node = tree
    const parts = path.split(".")
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = true
      else node = (node[part] = (node[part] as Record<string, unknown>) ?? {}) as Record<string, unknown>
    })
  }
  const copy = (value: unknown, shape: Record<string, unknown>): unknown => {
    if (Array.isArray(value)) return value.map((v) => copy(v, shape))
    if (!value || typeof value !== "object") return value
    const out: Record<string, unknown> = {}
    for (const [key, sub] of Object.entries(shape)) {
      const v = (value as Record<string, unknown>)[key]
      if (v === undefined) continue
      out[key] = sub === true ? v : copy(v, sub as Record<string, unknown>)
    }
    return out
  }
  return copy(cart, tree) as Record<string, unknown>
}

/**
 * Answers the cart and its coupon. `known` is the coupon's state as the workflow that just ran
 * left the cart (saves reading it all again); without it, one read of the cart serves both the
 * coupon rules and the answer.
 */
async function respond(req: MedusaRequest, res: MedusaResponse, cartId: string, known?: CartCouponState | null) {
  const timezone = serviceOf(req.scope).getOptions().timezone
  const cart = await loadCart(req.scope, cartId, known !== undefined ? CART_RESPONSE_FIELDS : RESPOND_FIELDS)
  const state = known !== undefined ? known : await cartCouponState(req.scope, cart)
  const fullCart = known !== undefined ? cart : pick(cart as unknown as Record<string, unknown>, CART_RESPONSE_FIELDS)
  res.json({
    cart: fullCart,
    coupon: state ? toStoreCoupon(state.coupon, state.cart_coupon.code, timezone, state.code_expires_at) : null,
    applied: !!state?.evaluation?.applicable,
    message: state ? messageFor(state) : null,
    eligible_total: state?.evaluation?.eligible_total ?? null,
    discount_total: state?.evaluation?.applicable ? state.evaluation.discount_total : 0,
  })
}

/**
 * POST /store/carts/:id/coupon `{ code }` — applies a coupon, replacing the cart's plugin
 * coupon (COUPON-30). The lookup, the checks and the change are `applyCartCouponWorkflow`'s
 * steps; the route validates the body (middleware), runs it and shapes the answer. Unknown,
 * ended, deleted and used-up codes all get the same 400 "This coupon code is not valid" (COUPON-32); a guest on a member coupon gets
 * `login_required` (COUPON-31); the 11th failed attempt in a minute from one cart or IP gets
 * 429. A coupon whose condition is not met yet is kept on the cart with a message (COUPON-33).
 */
export const POST = async (req: MedusaRequest<StoreApplyCouponType>, res: MedusaResponse) => {
  const cartId = req.params.id
  let state: CartCouponState | null
  try {
    ;({ result: state } = await applyCartCouponWorkflow(req.scope).run({
      input: { cart_id: cartId, code: req.validatedBody.code, viewer_id: viewerOf(req), attempt_keys: attemptKeys(req, cartId) },
    }))
  } catch (error) {
    if ((error as { code?: string } | null)?.code !== TOO_MANY_ATTEMPTS_CODE) throw error
    res.status(429).json({ type: "not_allowed", code: TOO_MANY_ATTEMPTS_CODE, message: TOO_MANY_ATTEMPTS })
    return
  }
  await respond(req, res, cartId, state)
}

/** GET /store/carts/:id/coupon — the cart's coupon and its state: `{ coupon, applied, message }`. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  assertCartOwner(await loadCart(req.scope, req.params.id, CART_HOLDER_FIELDS), viewerOf(req))
  await respond(req, res, req.params.id)
}

/** DELETE /store/carts/:id/coupon — clears the coupon (COUPON-34). */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  const cart = await loadCart(req.scope, req.params.id, [...CART_HOLDER_FIELDS, "promotions.code"])
  assertCartOpen(cart)
  assertCartOwner(cart, viewerOf(req))
  await setCartCouponWorkflow(req.scope).run({
    input: {
      cart_id: cart.id,
      coupon: null,
      promo_code: null,
      cart_promo_codes: (cart.promotions ?? []).map((p) => p.code).filter((c): c is string => !!c),
    },
  })
  await respond(req, res, cart.id, null)
}
