import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { refreshPaymentCollectionForCartWorkflow } from "@medusajs/medusa/core-flows"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { syncCouponAdjustmentsWithState } from "../../../workflows/coupons/utils/sync-adjustments"
import { recordOrderOfCouponUse } from "../../../workflows/coupons/utils/order-use"
import { CART_COUPON_CHANGED, type CartCouponState } from "../../../workflows/coupons/utils/cart-coupon"
import { couponAppliedData } from "../../../workflows/coupons/utils/coupon-events"
import { emitCouponAppliedWorkflow } from "../../../workflows/coupons/workflows/emit-coupon-applied"
import { cartSyncRegistry } from "../../../workflows/coupons/utils/cart-sync-registry"
import { heldOnCart, heldOnOrders, showTypedCodes } from "./display-codes"
import { applyNativePromoCodes, NativeCodesOutcome, PromoCodesMode } from "./native-codes"
import { releaseAttempt } from "./throttle"
import { viewerOf } from "../../utils/viewer"

/**
 * The plugin's guard on every Store API cart route (`/store/carts/:id/...`, Medusa's own, the
 * plugin's and other plugins'), so that a stock storefront needs no change:
 *
 * - **One change at a time per cart** (item 5): every POST/DELETE on a cart runs under the
 *   Locking Module's lock `coupon-marketing:cart:<id>` (Redis across instances when the store
 *   configures it), from before the route to after its answer. Apply, replace and clear — on the
 *   plugin's route or through Medusa's `promo_codes` — can never interleave.
 * - **Plugin codes wherever Medusa takes promo codes** (item 1–2): `POST /store/carts/:id` with
 *   `promo_codes` and `POST/DELETE /store/carts/:id/promotions` (see native-codes.ts).
 * - **Exact amounts after every change** (COUPON-8): once a route has answered, the coupon's
 *   adjustments are made exact (Medusa spreads amounts without rounding) and, when anything
 *   changed, the payment collection and the answered cart are refreshed. This used to be a
 *   handler on `refreshCartItemsWorkflow.hooks.beforeRefreshingPaymentCollection`, which
 *   Medusa's loyalty plugin owns (one handler per hook in an app).
 * - **Completion**: a cart the `validate` hook refused because its plugin discount is not its
 *   coupon's is repaired once the refusal is answered; after an order, the coupon's use names it.
 * - **The shopper's own code** in every answer (item 3), see display-codes.ts.
 */
const CART_PATH = /^\/store\/carts\/([^/?#]+)(\/[^?#]*)?/

/** How long a request waits for the cart's lock before answering 409. */
const LOCK_TIMEOUT_SECONDS = 30

type JsonBody = Record<string, unknown> | null | undefined

function service(req: MedusaRequest) {
  return req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
}

/**
 * Lets the route answer through `transform` first: the first `res.json(body)` is held, the
 * transform runs (it may read and write), then the body it answers is sent. A transform that
 * fails sends its error to Medusa's error handler.
 */
function interceptJson(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction, transform: (body: JsonBody) => Promise<JsonBody>) {
  const send = res.json.bind(res)
  let done = false
  res.json = ((body: JsonBody) => {
    if (done) return send(body)
    done = true
    void transform(body).then(
      (out) => send(out),
      (error) => {
        res.json = send as typeof res.json
        next(error)
      }
    )
    return res
  }) as typeof res.json
}

/** Mode of Medusa's promo-code routes, or null when the request does not change promo codes. */
function promoCodesMode(method: string, rest: string, body: unknown): PromoCodesMode | null {
  const codes = (body as { promo_codes?: unknown } | undefined)?.promo_codes
  if (!Array.isArray(codes) || !codes.every((c) => typeof c === "string")) return null
  if (method === "POST" && rest === "") return "replace"
  if (method === "POST" && rest === "/promotions") return codes.length ? "add" : "replace"
  if (method === "DELETE" && rest === "/promotions") return "remove"
  return null
}

/** Replaces the promo codes the route will read (before or after Medusa's body validation). */
function setPromoCodes(req: MedusaRequest, codes: string[]) {
  const r = req as MedusaRequest & { validatedBody?: Record<string, unknown> }
  if (r.body && typeof r.body === "object") (r.body as Record<string, unknown>).promo_codes = codes
  if (r.validatedBody && typeof r.validatedBody === "object") r.validatedBody.promo_codes = codes
}

/** Makes the cart's coupon exact after a route changed the cart; answers whether anything changed, and the coupon's state. */
async function settle(req: MedusaRequest, cartId: string, clearing: boolean): Promise<{ changed: boolean; state: CartCouponState | null }> {
  const synced = await syncCouponAdjustmentsWithState(req.scope, cartId, { clearing })
  if (!synced.changed) return { changed: false, state: synced.state }
  if (clearing ? synced.has_payment_collection : await hasPaymentCollection(req, cartId)) await refreshPaymentCollectionForCartWorkflow(req.scope).run({ input: { cart_id: cartId } })
  return { changed: true, state: synced.state }
}

async function refetchCart(req: MedusaRequest, cartId: string): Promise<Record<string, unknown> | undefined> {
  const fields = (req as unknown as { queryConfig?: { fields?: string[] } }).queryConfig?.fields ?? ["*"]
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields, filters: { id: cartId } })
  return data[0] as Record<string, unknown> | undefined
}

/** The cart an answer carries: `cart`, or `parent` (line-item deletion). */
function cartKeyOf(body: JsonBody): "cart" | "parent" | null {
  if (!body || typeof body !== "object") return null
  if (body.cart && typeof body.cart === "object") return "cart"
  if (body.parent && typeof body.parent === "object" && (body.parent as { object?: string }).object !== "line-item") return "parent"
  return null
}

async function showCartCodes(req: MedusaRequest, cartId: string, body: JsonBody, known?: NativeCodesOutcome["after"]) {
  const key = cartKeyOf(body)
  if (!key) return
  await showTypedCodes(req.scope, body![key], known ? known.held : () => heldOnCart(req.scope, cartId), viewerOf(req), known?.coupons)
}

async function hasPaymentCollection(req: MedusaRequest, cartId: string): Promise<boolean> {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: cartId } })
  return !!(data[0] as { payment_collection?: { id: string } | null } | undefined)?.payment_collection?.id
}

async function showOrderCodes(req: MedusaRequest, orders: unknown[]) {
  const ids = orders.map((o) => (o as { id?: string })?.id).filter((id): id is string => !!id)
  if (!ids.length) return
  let held: Awaited<ReturnType<typeof heldOnOrders>> | null = null
  for (const order of orders) {
    const id = (order as { id?: string })?.id
    await showTypedCodes(req.scope, order, async () => {
      held ??= await heldOnOrders(req.scope, { order_id: ids })
      return held.filter((h) => h.order_id === id)
    }, viewerOf(req))
  }
}

/** The POST/DELETE part: under the cart's lock, before and after the route. */
async function guardChange(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction, cartId: string, rest: string) {
  const locking = req.scope.resolve(Modules.LOCKING)
  const run = () =>
    new Promise<void>((release) => {
      // The client may have gone while the request waited for the lock: nothing to do then.
      if (res.headersSent || res.writableEnded || req.socket?.destroyed) return release()
      res.once("finish", release)
      res.once("close", release)
      handleChange(req, res, next, cartId, rest).catch((error) => {
        next(error)
      })
    })
  try {
    await locking.execute(`coupon-marketing:cart:${cartId}`, run, { timeout: LOCK_TIMEOUT_SECONDS })
  } catch (error) {
    if (res.headersSent) return
    next(new MedusaError(MedusaError.Types.CONFLICT, "This cart is being changed by another request. Please try again."))
  }
}

async function handleChange(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction, cartId: string, rest: string) {
  // The plugin's own coupon route does its work in its workflow; it only needs the lock.
  if (rest === "/coupon") return next()

  if (rest === "/complete") {
    // The `validate` hook refuses a cart whose plugin discount is not its coupon's (the order is
    // built from the cart as Medusa read it, so the hook may not change it). Refused, the cart is
    // repaired here, under its lock: the shopper's next attempt sees the right totals.
    interceptJson(req, res, next, async (body) => {
      const refusal = body as { code?: string; message?: string } | null
      if (res.statusCode >= 400 && (refusal?.code === "cart_coupon_changed" || refusal?.message === CART_COUPON_CHANGED)) {
        await settle(req, cartId, true)
        return body
      }
      if (res.statusCode < 400 && body?.type === "order" && body.order && typeof body.order === "object") {
        const order = body.order as { id: string }
        await recordOrderOfCouponUse(req.scope, order.id, cartId)
        await showTypedCodes(req.scope, order, () => heldOnOrders(req.scope, { cart_id: cartId }), viewerOf(req))
      } else {
        await showCartCodes(req, cartId, body)
      }
      return body
    })
    return next()
  }

  const mode = promoCodesMode(req.method, rest, (req as MedusaRequest & { validatedBody?: unknown }).validatedBody ?? req.body)
  let outcome: NativeCodesOutcome | null = null
  if (mode) {
    const codes = ((req as MedusaRequest & { validatedBody?: { promo_codes: string[] } }).validatedBody ?? (req.body as { promo_codes: string[] })).promo_codes
    outcome = await applyNativePromoCodes(req, cartId, mode, codes)
    if (outcome.answered) return // 429: nothing else to do
    setPromoCodes(req, outcome.promo_codes)
  }

  // POST /store/carts/:id runs updateCartWorkflow, whose `cartUpdated` hook makes the coupon
  // exact before the route reads its answer (see workflows/hooks/update-cart.ts).
  const viaHook = req.method === "POST" && rest === ""
  if (viaHook) cartSyncRegistry.expect(cartId, { clearing: !!outcome?.changed, preloaded: outcome?.after?.preloaded })
  interceptJson(req, res, next, async (body) => {
    const note = viaHook ? cartSyncRegistry.take(cartId) : undefined
    if (res.statusCode >= 400) {
      // Medusa refused the rest of the request: the cart keeps the coupon it had.
      if (outcome?.restore) await outcome.restore()
      return body
    }
    if (outcome?.attempt_keys) await releaseAttempt(req, outcome.attempt_keys)
    const key = cartKeyOf(body)
    let stale: boolean
    let state: CartCouponState | null | undefined
    if (note?.synced) {
      // Exact already; only the payment collection Medusa refreshed before the hook is behind.
      stale = note.synced.changed && (note.clearing ? note.synced.has_payment_collection : await hasPaymentCollection(req, cartId))
      state = note.synced.state
      if (stale) await refreshPaymentCollectionForCartWorkflow(req.scope).run({ input: { cart_id: cartId } })
    } else {
      ;({ changed: stale, state } = await settle(req, cartId, !!outcome?.changed))
    }
    // A coupon put on the cart through `promo_codes`: COUPON_APPLIED, now that Medusa's route succeeded.
    if (outcome?.applied && state?.cart_coupon.coupon_id === outcome.applied.coupon_id) {
      const data = couponAppliedData(state, cartId, outcome.applied.customer_id)
      if (data) await emitCouponAppliedWorkflow(req.scope).run({ input: data })
    }
    if (stale && key) {
      const fresh = await refetchCart(req, cartId)
      if (fresh) body![key] = fresh
    }
    await showCartCodes(req, cartId, body, stale ? undefined : outcome?.after)
    return body
  })
  next()
}

/**
 * The middleware (registered for every method under `/store/carts`). Cart creation
 * (`POST /store/carts`) and unknown paths pass through untouched.
 */
export function cartCouponGuard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const match = CART_PATH.exec(req.originalUrl ?? req.url)
  if (!match) return next()
  const cartId = decodeURIComponent(match[1])
  const rest = (match[2] ?? "").replace(/\/+$/, "")
  if (req.method === "GET") {
    if (rest !== "" ) return next()
    interceptJson(req, res, next, async (body) => {
      if (res.statusCode < 400) await showCartCodes(req, cartId, body)
      return body
    })
    return next()
  }
  if (req.method !== "POST" && req.method !== "DELETE") return next()
  void guardChange(req, res, next, cartId, rest)
}

/** `GET /store/orders` and `GET /store/orders/:id`: the shopper's own codes in orders. */
export function orderCodesGuard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "GET") return next()
  interceptJson(req, res, next, async (body) => {
    if (res.statusCode >= 400 || !body) return body
    if (body.order) await showOrderCodes(req, [body.order])
    if (Array.isArray(body.orders)) await showOrderCodes(req, body.orders)
    return body
  })
  next()
}

export { service as couponService }
