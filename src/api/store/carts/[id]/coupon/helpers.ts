import type { MedusaContainer } from "@medusajs/framework/types"
import { COUPON_MARKETING_MODULE } from "../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../modules/coupon-marketing/service"
import { COUPON_NOT_VALID } from "../../../../../modules/coupon-marketing/service"
import {
  describeBenefit,
  describeCondition,
  describeValidity,
  formatIndividualCode,
  formatMoney,
} from "../../../../../modules/coupon-marketing/domain/coupons"
import type { CartCouponState } from "../../../../../workflows/coupons/utils/cart-coupon"
export { CART_FIELDS, loadCart, type LoadedCart } from "../../../../../workflows/coupons/utils/cart-coupon"
import type { CouponRow } from "../../../../../workflows/coupons/utils/coupon-row"

/** What the storefront gets back with the cart. */
export const CART_RESPONSE_FIELDS = [
  "id",
  "currency_code",
  "item_total",
  "item_subtotal",
  "subtotal",
  "discount_total",
  "shipping_total",
  "tax_total",
  "total",
  "items.id",
  "items.title",
  "items.variant_id",
  "items.quantity",
  "items.unit_price",
  "items.metadata",
  "items.subtotal",
  "items.discount_total",
  "items.total",
  "items.adjustments.amount",
  "items.adjustments.promotion_id",
  "shipping_methods.id",
  "shipping_methods.amount",
  "shipping_methods.discount_total",
  "shipping_methods.total",
]

/** The coupon as a shopper sees it (COUPON-6, COUPON-35, COUPON-36). */
export function toStoreCoupon(coupon: CouponRow, code: string, timezone: string, expiresAt?: Date | string | null) {
  const benefit = {
    benefit_type: coupon.benefit_type as never,
    benefit_value: coupon.benefit_value == null ? null : Number(coupon.benefit_value),
    currency_code: coupon.currency_code,
  }
  return {
    id: coupon.id,
    name: coupon.name,
    code: coupon.code_mode === "individual" ? formatIndividualCode(code) : code,
    benefit_type: coupon.benefit_type,
    benefit_value: benefit.benefit_value,
    currency_code: coupon.currency_code,
    benefit: describeBenefit(benefit as never),
    condition_type: coupon.condition_type,
    condition_value: coupon.condition_value == null ? null : Number(coupon.condition_value),
    condition: describeCondition({
      condition_type: coupon.condition_type as never,
      condition_value: coupon.condition_value == null ? null : Number(coupon.condition_value),
      currency_code: coupon.currency_code,
    }),
    validity: describeValidity(
      {
        validity_type: coupon.validity_type,
        starts_at: coupon.starts_at,
        ends_at: coupon.ends_at,
        valid_days: coupon.valid_days,
        expires_at: expiresAt ?? null,
      } as never,
      timezone
    ),
  }
}

import { LOGIN_REQUIRED } from "../../../../../workflows/coupons/utils/shopper-refusals"
export { LOGIN_REQUIRED }

/** COUPON-33: the message for a coupon held but not applicable. */
export function messageFor(state: CartCouponState): string | null {
  if (!state.check.ok) {
    return state.check.refusal === "login_required" ? LOGIN_REQUIRED : COUPON_NOT_VALID
  }
  const e = state.evaluation
  if (!e || e.applicable) return null
  switch (e.reason) {
    case "below_minimum":
      return `Add ${formatMoney(e.missing_amount ?? 0, state.coupon.currency_code)} more of eligible items to use this coupon`
    case "above_maximum":
      return `This coupon can be used for eligible items up to ${formatMoney(Number(state.coupon.condition_value ?? 0), state.coupon.currency_code)}`
    case "not_all_items_eligible":
      return "Free shipping applies only when every item in the cart is eligible for this coupon"
    default:
      return "No item in the cart is eligible for this coupon"
  }
}

export function serviceOf(container: MedusaContainer) {
  return container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
}
