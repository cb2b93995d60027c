import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CART_HOLDER_FIELDS, CartCouponState, CodeForCheck, cartCouponState } from "../../../../../workflows/coupons/utils/cart-coupon"
import { judgeTypedCode } from "../../../../../workflows/coupons/utils/find-coupon"
import { assertCartOwner, refusalError } from "../../native-codes"
import { attemptKeys, releaseAttempt, takeAttempt, TOO_MANY_ATTEMPTS } from "../../throttle"
import { setCartCouponWorkflow } from "../../../../../workflows/coupons/workflows/set-cart-coupon"
import { CART_FIELDS, CART_RESPONSE_FIELDS, loadCart, LoadedCart, messageFor, serviceOf, toStoreCoupon } from "./helpers"
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

function assertOpen(cart: LoadedCart) {
  if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cart.id} is already completed`)
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
 * coupon (COUPON-30). Unknown, ended, deleted and used-up codes all get the same 400
 * "This coupon code is not valid" (COUPON-32); a guest on a member coupon gets
 * `login_required` (COUPON-31); the 11th failed attempt in a minute from one cart or IP gets
 * 429. A coupon whose condition is not met yet is kept on the cart with a message (COUPON-33).
 */
export const POST = async (req: MedusaRequest<StoreApplyCouponType>, res: MedusaResponse) => {
  const cartId = req.params.id
  // Who may use the coupon does not depend on the items: the light read (the workflow reads the rest).
  const cart = await loadCart(req.scope, cartId, CART_HOLDER_FIELDS)
  assertOpen(cart)
  assertCartOwner(cart, viewerOf(req))
  const keys = attemptKeys(req, cartId)
  if (!(await takeAttempt(req, keys))) {
    res.status(429).json({ type: "not_allowed", code: "too_many_attempts", message: TOO_MANY_ATTEMPTS })
    return
  }
  const judged = await judgeTypedCode(req.scope, req.validatedBody.code, cart, new Date())
  if (judged.kind !== "coupon") throw refusalError(judged.kind === "refused" ? judged.refusal : "not_valid")
  const found = judged.found
  await releaseAttempt(req, keys)
  const { result: state } = await setCartCouponWorkflow(req.scope).run({
    input: {
      cart_id: cartId,
      coupon: {
        coupon_id: found.coupon.id,
        code: found.code,
        coupon_code_id: found.codeRow?.id ?? null,
        customer_id: cart.customer_id ?? null,
      },
      promo_code: found.coupon.promotion_code,
      coupon_row: found.coupon,
      code_row: found.codeRow as CodeForCheck | null,
    },
  })
  await respond(req, res, cartId, state as CartCouponState | null)
}

/** GET /store/carts/:id/coupon — the cart's coupon and its state: `{ coupon, applied, message }`. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  assertCartOwner(await loadCart(req.scope, req.params.id, CART_HOLDER_FIELDS), viewerOf(req))
  await respond(req, res, req.params.id)
}

/** DELETE /store/carts/:id/coupon — clears the coupon (COUPON-34). */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  const cart = await loadCart(req.scope, req.params.id, [...CART_HOLDER_FIELDS, "promotions.code"])
  assertOpen(cart)
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
