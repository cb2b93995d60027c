/**
 * Store-wide coupon settings (SPEC COUPON-1, COUPON-2, COUPON-3).
 *
 * This file has no imports so that the admin bundle and the server share the same
 * limits and defaults.
 */
export const CODE_FORM_POSITIONS = ["above_checkout", "below_checkout"] as const
export type CodeFormPosition = (typeof CODE_FORM_POSITIONS)[number]

export const POINTS_BASES = ["after_discount", "before_discount"] as const
export type PointsBasis = (typeof POINTS_BASES)[number]

/** COUPON-1: the guide text above the cart's code form is at most 5,000 characters. */
export const GUIDE_TEXT_MAX_LENGTH = 5000

export interface CouponSettingsValues {
  /** COUPON-1: show the coupon code form in the cart. */
  show_code_form: boolean
  /** COUPON-1: where the code form sits relative to the checkout button. */
  code_form_position: CodeFormPosition
  /** COUPON-1: text shown above the code form (plain text, ≤ 5,000 characters). */
  guide_text: string
  /** COUPON-2: show "My coupons" on the shopper's account page. */
  show_my_coupons: boolean
  /** COUPON-3: points are earned on the merchandise total after or before the coupon discount. */
  points_basis: PointsBasis
}

export const DEFAULT_COUPON_SETTINGS: Readonly<CouponSettingsValues> = Object.freeze({
  show_code_form: true,
  code_form_position: "above_checkout",
  guide_text: "",
  show_my_coupons: true,
  points_basis: "after_discount",
})

/** What the admin API answers for the settings. */
export interface AdminCouponSettings extends CouponSettingsValues {
  /** null until the settings are first saved (the defaults apply). */
  updated_at: string | Date | null
}

/** What the store API answers: only what a storefront needs to render the cart and account. */
export interface StoreCouponSettings {
  show_code_form: boolean
  code_form_position: CodeFormPosition
  guide_text: string
  show_my_coupons: boolean
  /** The store's time zone (IANA), in which coupon validity ends are expressed. */
  timezone: string
}
