import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { CartForCoupon } from "../utils/cart-coupon"
import { FoundCoupon, judgeTypedCode } from "../utils/find-coupon"
import { refusalError } from "../utils/shopper-refusals"

export const findCartCouponCodeStepId = "coupon-marketing-find-cart-coupon-code"

export interface FindCartCouponCodeStepInput {
  /** The code as the shopper typed it. */
  code: string
  cart: CartForCoupon
}

/**
 * COUPON-30..32: the plugin coupon a typed code belongs to, if this cart's holder may use it now
 * (active, currency, members, segment, individual code's owner and uses, limits). Unknown,
 * ended, deleted, used-up and other customers' codes all refuse with the same 400
 * `coupon_not_valid`; a guest on a member coupon gets `login_required` (COUPON-31).
 */
export const findCartCouponCodeStep = createStep(findCartCouponCodeStepId, async ({ code, cart }: FindCartCouponCodeStepInput, { container }) => {
  const judged = await judgeTypedCode(container, code, cart, new Date())
  if (judged.kind !== "coupon") throw refusalError(judged.kind === "refused" ? judged.refusal : "not_valid")
  return new StepResponse(judged.found as FoundCoupon)
})
