import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { enteredCodeLookups } from "../../../modules/coupon-marketing/domain/coupons"
import { CartForCoupon, CodeForCheck, CouponRefusal, checkCouponForCart, isMember } from "./cart-coupon"
import type { CouponRow } from "./coupon-row"

/** A plugin coupon a typed code belongs to, with the code as stored and its individual code row. */
export interface FoundCoupon {
  coupon: CouponRow & { promotion_code: string }
  /** The code as the plugin stores it: the fixed code upper-cased, or the individual code without hyphens. */
  code: string
  codeRow: (CodeForCheck & { id: string }) | null
}

/** What a typed code is for a cart: a plugin coupon that may be applied, a refusal, or not the plugin's. */
export type TypedCodeJudgement =
  | { kind: "coupon"; found: FoundCoupon }
  | { kind: "refused"; refusal: "not_valid" | "login_required" }
  | { kind: "not_plugin" }

const service = (container: MedusaContainer) => container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)

/** Finds the coupon a typed code belongs to: a fixed code (any case), or an individual code with or without hyphens (COUPON-5). */
export async function findCouponOfCode(container: MedusaContainer, typed: string): Promise<FoundCoupon | null> {
  const { fixed, individual } = enteredCodeLookups(typed)
  const fixedCoupon = fixed ? await findFixedCoupon(container, fixed) : null
  if (fixedCoupon) return fixedCoupon
  if (individual) {
    const [codeRow] = (await service(container).listCouponCodes({ code: individual }, { take: 1 })) as unknown as FoundCoupon["codeRow"][]
    if (codeRow) {
      const [coupon] = (await service(container).listCoupons({ id: (codeRow as unknown as { coupon_id: string }).coupon_id }, { take: 1 })) as unknown as FoundCoupon["coupon"][]
      if (coupon) return { coupon, code: individual, codeRow }
    }
  }
  return null
}

/** The fixed-code coupon of a code as stored (upper-cased), or null. */
async function findFixedCoupon(container: MedusaContainer, fixed: string): Promise<FoundCoupon | null> {
  const [coupon] = (await service(container).listCoupons({ code: fixed }, { take: 1 })) as unknown as FoundCoupon["coupon"][]
  return coupon && coupon.code_mode === "fixed" ? { coupon, code: fixed, codeRow: null } : null
}

/** Shoppers only ever learn one of two things about a refused code (COUPON-31, COUPON-32). */
export function publicRefusal(refusal: CouponRefusal | undefined): "not_valid" | "login_required" {
  return refusal === "login_required" ? "login_required" : "not_valid"
}

/**
 * COUPON-30..32: what a code typed on a cart is. A guest who types anything shaped like an
 * individual code (12 symbols of its alphabet, with or without hyphens) is asked to log in,
 * whether or not such a code exists — unless it is a fixed coupon code or one of the store's own
 * Medusa promotion codes — so guessing tells nobody which individual codes exist.
 * `nativeCodeExists` answers whether a code is a Medusa promotion of the store's own.
 */
export async function judgeTypedCode(
  container: MedusaContainer,
  typed: string,
  cart: CartForCoupon,
  now: Date
): Promise<TypedCodeJudgement> {
  const { fixed, individual } = enteredCodeLookups(typed)
  if (individual && !isMember(cart)) {
    const fixedCoupon = fixed ? await findFixedCoupon(container, fixed) : null
    if (fixedCoupon) return judgeFound(container, fixedCoupon, cart, now)
    if (await nativeCodeExists(container, typed)) return { kind: "not_plugin" }
    return { kind: "refused", refusal: "login_required" }
  }
  const found = await findCouponOfCode(container, typed)
  if (!found) return { kind: "not_plugin" }
  return judgeFound(container, found, cart, now)
}

async function judgeFound(container: MedusaContainer, found: FoundCoupon, cart: CartForCoupon, now: Date): Promise<TypedCodeJudgement> {
  const check = await checkCouponForCart(container, found.coupon, cart, found.codeRow, now)
  return check.ok ? { kind: "coupon", found } : { kind: "refused", refusal: publicRefusal(check.refusal) }
}

/** Whether `code` is one of the store's own Medusa promotion codes (not a plugin coupon's). */
export async function nativeCodeExists(container: MedusaContainer, code: string): Promise<boolean> {
  const [promotion] = await container.resolve(Modules.PROMOTION).listPromotions({ code }, { take: 1, select: ["id"] })
  return !!promotion
}
