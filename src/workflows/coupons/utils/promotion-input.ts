import { randomBytes } from "crypto"
import type { CreateApplicationMethodDTO, CreatePromotionDTO } from "@medusajs/framework/types"
import type { CouponInput } from "../../../types/coupons"
import { promotionCodeLabel } from "../../../modules/coupon-marketing/domain/coupons/promotion-code"

/** The context key the setPromotionContext hook fills with the coupons granted to a cart. */
export const GRANTS_ATTRIBUTE = "coupon_marketing.grants"
/** Filled when no coupon is granted: a rule on an empty array breaks Medusa's SQL. */
export const NO_GRANT = "none"
/**
 * The flag the hook puts on the promotion context's items and shipping methods that the
 * cart's coupon may discount: the eligible items, the gift line, or the shipping methods.
 * One attribute for every benefit, so editing a benefit never changes the promotion's rules.
 */
export const TARGET_ATTRIBUTE = "coupon_marketing_target"
export const FLAG_YES = "yes"

/** A per-item amount never needs more units than this on one line (Postgres integer). */
const MAX_QUANTITY = 2_147_483_647

/** Every plugin coupon's promotion code starts with this. */
export const PROMOTION_CODE_PREFIX = "CM-"

/**
 * The promotion's code, readable in Medusa's Promotions list: "CM-", the coupon's fixed code or
 * a slug of its name, and 24 random bits so it stays unique ("CM-WELCOME10-7F3A9C"). Not a
 * secret: the promotion applies only where the plugin grants it (rule on `coupon_marketing.grants`).
 * Coupons created before this format keep their "CM-<24 hex>" code; both start with "CM-".
 */
export function newPromotionCode(coupon: Parameters<typeof promotionCodeLabel>[0] = { code_mode: "individual", name: null }): string {
  return `${PROMOTION_CODE_PREFIX}${promotionCodeLabel(coupon)}-${randomBytes(3).toString("hex").toUpperCase()}`
}

export function isPluginPromotionCode(code: string | null | undefined): boolean {
  return !!code && code.startsWith(PROMOTION_CODE_PREFIX)
}

type Benefit = Pick<CouponInput, "benefit_type" | "benefit_value" | "currency_code">

/**
 * How Medusa's promotion carries a coupon's benefit (COUPON-8). Eligibility is not expressed
 * here: the hook flags what the coupon may discount, so categories, subscriptions and the
 * unit-price condition are judged by the plugin's own rules, and a changed category list takes
 * effect at once (COUPON-17).
 */
export function applicationMethodFor(benefit: Benefit): CreateApplicationMethodDTO {
  const target_rules = [{ attribute: TARGET_ATTRIBUTE, operator: "eq" as const, values: [FLAG_YES] }]
  const currency_code = benefit.currency_code.toLowerCase()
  const value = Number(benefit.benefit_value)
  switch (benefit.benefit_type) {
    case "fixed_amount":
      return { type: "fixed" as const, target_type: "items" as const, allocation: "across" as const, value, currency_code, max_quantity: null, target_rules }
    case "percent":
      return { type: "percentage" as const, target_type: "items" as const, allocation: "across" as const, value, currency_code, max_quantity: null, target_rules }
    case "per_item_amount":
      return { type: "fixed" as const, target_type: "items" as const, allocation: "each" as const, value, currency_code, max_quantity: MAX_QUANTITY, target_rules }
    case "free_shipping":
      // Medusa wants a max_quantity with "each"; a shipping method is one unit.
      return { type: "percentage" as const, target_type: "shipping_methods" as const, allocation: "each" as const, value: 100, currency_code, max_quantity: 1, target_rules }
    case "gift_product":
      return { type: "percentage" as const, target_type: "items" as const, allocation: "each" as const, value: 100, currency_code, max_quantity: 1, target_rules }
  }
}

/** The Medusa promotion a new coupon owns: active, manual, applying only where granted. */
export function promotionFor(couponId: string, benefit: Benefit, code = newPromotionCode()): CreatePromotionDTO {
  return {
    code,
    type: "standard",
    status: "active",
    is_automatic: false,
    rules: [{ attribute: GRANTS_ATTRIBUTE, operator: "in" as const, values: [couponId] }],
    application_method: applicationMethodFor(benefit),
  }
}
