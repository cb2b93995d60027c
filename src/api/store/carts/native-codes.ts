import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { COUPON_NOT_VALID } from "../../../modules/coupon-marketing/service"
import { normalizeEnteredCode, normalizeFixedCode, normalizeIndividualCode } from "../../../modules/coupon-marketing/domain/coupons"
import { CART_FIELDS, CartCouponRecord, CartCouponState, PreloadedCoupon, cartCouponState, loadCart, LoadedCart } from "../../../workflows/coupons/utils/cart-coupon"
import type { CouponRow } from "../../../workflows/coupons/utils/coupon-row"
import { FoundCoupon, judgeTypedCode } from "../../../workflows/coupons/utils/find-coupon"
import { isPluginPromotionCode } from "../../../workflows/coupons/utils/promotion-input"
import { messageFor } from "./[id]/coupon/helpers"
import { assertCartOwner, refusalError } from "../../../workflows/coupons/utils/shopper-refusals"
export { assertCartOwner, CART_OWNER_REQUIRED, refusalError } from "../../../workflows/coupons/utils/shopper-refusals"
import { viewerOf } from "../../utils/viewer"
import { CouponOfCode, HeldCode, shownCode } from "./display-codes"
import { attemptKeys, takeAttempt, TOO_MANY_ATTEMPTS } from "./throttle"

/**
 * How Medusa's routes read `promo_codes`: `replace` — the whole list the cart should hold
 * (`POST /store/carts/:id`, and `POST …/promotions` with an empty list); `add` — codes to add
 * (`POST …/promotions`); `remove` — codes to take off (`DELETE …/promotions`).
 */
export type PromoCodesMode = "replace" | "add" | "remove"

export interface NativeCodesOutcome {
  /** The request was answered here (429): the route must not run. */
  answered: boolean
  /** The list Medusa's route is to work with: the store's own codes, and the coupon's promotion code while the cart holds it. */
  promo_codes: string[]
  /** Whether the plugin coupon of the cart was applied, replaced or cleared. */
  changed: boolean
  /** Puts the cart's previous coupon back (Medusa refused the rest of the request). */
  restore?: () => Promise<void>
  /** The throttle's keys when a new code was tried (given back when the request succeeds). */
  attempt_keys?: string[]
  /** A coupon this request puts on the cart (COUPON_APPLIED is emitted once Medusa's route succeeded). */
  applied?: { coupon_id: string; customer_id: string | null }
  /** The cart's coupon after this request, as the sync and the answer need it (not read again). */
  after?: { preloaded: PreloadedCoupon; held: HeldCode[]; coupons: CouponOfCode[] }
}

type HeldCoupon = { record: { id: string; coupon_id: string; code: string; coupon_code_id: string | null; customer_id: string | null }; coupon: CouponRow & { promotion_code: string } }

/** The light read: who holds the cart, its promotions and items without their categories. */
const FIELDS_WITHOUT_CATEGORIES = CART_FIELDS.filter((f) => !f.startsWith("items.product."))

/** Whether a code in a storefront's list names the coupon the cart holds (as typed, as shown, or its promotion code). */
function namesHeld(token: string, held: HeldCoupon, viewer: string | null): boolean {
  if (token === held.coupon.promotion_code) return true
  if (token === shownCode(held.coupon, held.record, viewer)) return true
  return held.coupon.code_mode === "individual"
    ? normalizeIndividualCode(token) === held.record.code
    : normalizeFixedCode(normalizeEnteredCode(token)) === held.record.code
}

/**
 * Item 1–2: plugin codes in Medusa's `promo_codes`. Each code of the list is one of: the coupon
 * the cart holds (typed again, as the storefront shows it, or its promotion code), a store promotion
 * already on the cart, or a new code — looked up as a plugin code with exactly the checks of
 * `POST /store/carts/:id/coupon` (COUPON-30..33, the throttle), else left to Medusa. A refusal
 * answers Medusa's `{ type, message }` with the plugin's words. The last new plugin code
 * replaces the held coupon (COUPON-30); a list without the held coupon's code — the stock
 * storefront's trash button — clears it (COUPON-34), as `DELETE …/promotions` naming it does.
 * A coupon held below its minimum is invisible to the storefront (Medusa lists no promotion
 * for it), so a list cannot leave it out: it is kept.
 *
 * The plugin's record of the cart's coupon is written here, under the cart's lock, before
 * Medusa's route runs: its `setPromotionContext` hook then grants the coupon while Medusa
 * recomputes the cart. `restore` undoes the write when the route fails.
 */
export async function applyNativePromoCodes(req: MedusaRequest, cartId: string, mode: PromoCodesMode, codes: string[]): Promise<NativeCodesOutcome> {
  const container = req.scope
  const svc = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const viewer = viewerOf(req)
  const now = new Date()

  let cart = await loadCart(container, cartId, FIELDS_WITHOUT_CATEGORIES)
  if (cart.completed_at) return { answered: false, promo_codes: codes, changed: false } // Medusa refuses it
  const [record] = await svc.listCartCoupons({ cart_id: cartId }, { take: 1 })
  const [heldCoupon] = record ? ((await svc.listCoupons({ id: record.coupon_id }, { take: 1 })) as unknown as HeldCoupon["coupon"][]) : []
  const held: HeldCoupon | null = record && heldCoupon ? { record: record as unknown as HeldCoupon["record"], coupon: heldCoupon } : null
  const onCart = new Set((cart.promotions ?? []).map((p) => p.code).filter((c): c is string => !!c))

  const native: string[] = []
  const fresh: string[] = []
  let heldNamed = false
  for (const token of codes) {
    if (held && namesHeld(token, held, viewer)) heldNamed = true
    else if (isPluginPromotionCode(token)) continue // another coupon's promotion code: never taken from a shopper
    else if (mode === "remove" || onCart.has(token)) native.push(token)
    else fresh.push(token)
  }

  let keys: string[] | undefined
  let candidate: FoundCoupon | null = null
  if (fresh.length) {
    keys = attemptKeys(req, cartId)
    if (!(await takeAttempt(req, keys))) {
      ;(req as unknown as { res: MedusaResponse }).res
        .status(429)
        .json({ type: "not_allowed", code: "too_many_attempts", message: TOO_MANY_ATTEMPTS })
      return { answered: true, promo_codes: [], changed: false }
    }
    for (const token of fresh) {
      const judged = await judgeTypedCode(container, token, cart, now)
      if (judged.kind === "not_plugin") native.push(token)
      else if (judged.kind === "refused") throw refusalError(judged.refusal)
      else candidate = judged.found // the newest plugin code is the one the shopper wants (COUPON-30)
    }
  }

  const next: "keep" | "clear" | FoundCoupon = candidate
    ? candidate
    : mode === "remove"
      ? heldNamed ? "clear" : "keep"
      : mode === "replace" && held && !heldNamed && onCart.has(held.coupon.promotion_code)
        ? "clear"
        : "keep"

  if (next !== "keep") assertCartOwner(cart, viewer)
  if (candidate) {
    // COUPON-33 on a native path: a storefront that shows only errors must still tell the shopper.
    if ((candidate.coupon.category_ids ?? []).length) cart = await loadCart(container, cartId)
    const state = (await cartCouponState(container, cart, now, {
      cartCoupon: { id: "pending", code: candidate.code, coupon_code_id: candidate.codeRow?.id ?? null, coupon_id: candidate.coupon.id },
      coupon: candidate.coupon,
      code: candidate.codeRow,
    })) as CartCouponState
    if (!state.check.ok || !state.evaluation?.applicable) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, messageFor(state) ?? COUPON_NOT_VALID, "coupon_not_applicable")
    }
  }

  let restore: (() => Promise<void>) | undefined
  let after: NativeCodesOutcome["after"]
  const describe = (record: HeldCoupon["record"] | null, coupon: HeldCoupon["coupon"] | null, code?: FoundCoupon["codeRow"]) => ({
    preloaded: { cartCoupon: record as CartCouponRecord | null, coupon, ...(code !== undefined ? { code } : {}) },
    held: record ? [{ coupon_id: record.coupon_id, code: record.code, customer_id: record.customer_id }] : [],
    coupons: coupon ? [coupon as unknown as CouponOfCode] : [],
  })
  if (next === "keep") after = held ? describe(held.record, held.coupon) : describe(null, null)
  if (next !== "keep") {
    const { previous, current } = await svc.replaceCartCoupon(
      cartId,
      next === "clear"
        ? null
        : { coupon_id: next.coupon.id, code: next.code, coupon_code_id: next.codeRow?.id ?? null, customer_id: cart.customer_id ?? null }
    )
    after = next === "clear" ? describe(null, null, null) : describe(current as HeldCoupon["record"], next.coupon, next.codeRow)
    restore = async () => {
      await svc.replaceCartCoupon(
        cartId,
        previous ? { coupon_id: previous.coupon_id, code: previous.code, coupon_code_id: previous.coupon_code_id, customer_id: previous.customer_id } : null
      )
    }
  }

  const kept = next === "keep" ? held?.coupon ?? null : next === "clear" ? null : next.coupon
  let promo_codes: string[]
  if (mode === "remove") {
    promo_codes = [...native, ...(next === "clear" ? [held!.coupon.promotion_code] : [])]
  } else if (mode === "add") {
    promo_codes = [...native, ...(candidate ? [candidate.coupon.promotion_code] : heldNamed && kept ? [kept.promotion_code] : [])]
    // An empty list would make Medusa's route replace every code by none.
    if (!promo_codes.length) throw refusalError("not_valid")
  } else {
    promo_codes = [...native, ...(kept ? [kept.promotion_code] : [])]
  }
  const applied = candidate ? { coupon_id: candidate.coupon.id, customer_id: cart.customer_id ?? null } : undefined
  return { answered: false, promo_codes, changed: next !== "keep", restore, attempt_keys: keys, after, applied }
}
