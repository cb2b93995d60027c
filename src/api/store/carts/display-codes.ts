import type { MedusaContainer } from "@medusajs/framework/types"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { formatIndividualCode } from "../../../modules/coupon-marketing/domain/coupons"
import { isPluginPromotionCode } from "../../../workflows/coupons/utils/promotion-input"

/**
 * Item 3 of the storefront contract: every Store API answer that lists a cart's or an order's
 * promotions or adjustments shows the code the shopper typed, never the plugin's internal
 * promotion code (`CM-…`). A stock storefront renders `promotions[].code` as the badge and
 * sends it back in `promo_codes`: the cart guard recognises it there.
 */

/** Who holds a coupon on a cart or an order, as far as the display needs it. */
export interface HeldCode {
  coupon_id: string
  /** The code as stored: the fixed code, or the individual code without hyphens. */
  code: string
  /** Whose individual code it is (null for a fixed code or a guest). */
  customer_id: string | null
}

export type CouponOfCode = { id: string; code_mode: string; code: string | null; name: string; promotion_code: string }

/** An individual code seen by someone else than its holder: only its last group. */
export function maskedCode(code: string): string {
  const formatted = formatIndividualCode(code)
  return `••••-••••-${formatted.slice(-4)}`
}

/** The code a viewer is shown for a coupon the cart or order holds. */
export function shownCode(coupon: { code_mode: string }, held: HeldCode, viewer: string | null): string {
  if (coupon.code_mode !== "individual") return held.code
  return held.customer_id && held.customer_id !== viewer ? maskedCode(held.code) : formatIndividualCode(held.code)
}

/** The plugin promotion codes anywhere in a JSON value (`code` keys). */
export function internalCodesIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => internalCodesIn(v, out))
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "code" && typeof v === "string" && isPluginPromotionCode(v)) out.add(v)
      else if (v && typeof v === "object") internalCodesIn(v, out)
    }
  }
  return out
}

/** Replaces, in place, every `code` that is a key of `map` by its value. */
export function replaceCodes(value: unknown, map: Map<string, string>): void {
  if (Array.isArray(value)) value.forEach((v) => replaceCodes(v, map))
  else if (value && typeof value === "object") {
    const obj = value as Record<string, unknown>
    for (const [key, v] of Object.entries(obj)) {
      if (key === "code" && typeof v === "string" && map.has(v)) obj[key] = map.get(v)
      else if (v && typeof v === "object") replaceCodes(v, map)
    }
  }
}

const service = (container: MedusaContainer) => container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)

async function couponsOfCodes(container: MedusaContainer, codes: string[]): Promise<CouponOfCode[]> {
  return (await service(container).listCoupons({ promotion_code: codes } as never, { withDeleted: true } as never)) as unknown as CouponOfCode[]
}

/**
 * Rewrites one cart or order (in place). `held` is what the plugin recorded for it (the cart's
 * coupon, or the order's use), when there is one. A promotion code of a coupon it no longer holds
 * (a use released, a coupon deleted) shows the fixed code, or the coupon's name.
 */
export async function showTypedCodes(
  container: MedusaContainer,
  target: unknown,
  held: HeldCode[] | (() => Promise<HeldCode[]>),
  viewer: string | null,
  /** Coupons the caller has just read: when they cover every code found, nothing is read. */
  known: CouponOfCode[] = []
): Promise<void> {
  const internal = internalCodesIn(target)
  if (!internal.size) return
  const covered = [...internal].every((c) => known.some((k) => k.promotion_code === c))
  const coupons = covered ? known : await couponsOfCodes(container, [...internal])
  const records = typeof held === "function" ? await held() : held
  const map = new Map<string, string>()
  for (const coupon of coupons) {
    const record = records.find((h) => h.coupon_id === coupon.id)
    map.set(coupon.promotion_code, record ? shownCode(coupon, record, viewer) : coupon.code_mode === "fixed" && coupon.code ? coupon.code : coupon.name)
  }
  replaceCodes(target, map)
}

/** The coupon a cart holds, as the display needs it. */
export async function heldOnCart(container: MedusaContainer, cartId: string): Promise<HeldCode[]> {
  const rows = await service(container).listCartCoupons({ cart_id: cartId }, { take: 1 })
  return rows.map((r) => ({ coupon_id: r.coupon_id, code: r.code, customer_id: r.customer_id ?? null }))
}

/** The coupons orders used, per order id (or per cart id for an order just made). */
export async function heldOnOrders(container: MedusaContainer, filter: { order_id?: string[]; cart_id?: string }): Promise<Array<HeldCode & { order_id: string | null; cart_id: string }>> {
  const rows = await service(container).listCouponUsages(filter as never, { select: ["coupon_id", "code", "customer_id", "order_id", "cart_id"] })
  return rows.map((r) => ({ coupon_id: r.coupon_id, code: r.code, customer_id: r.customer_id ?? null, order_id: r.order_id ?? null, cart_id: r.cart_id }))
}
