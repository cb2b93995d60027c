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

/**
 * The messages whose subject and intro a merchant may rewrite (issue 11 item 4), as the email
 * templates name them (src/emails).
 */
export const MESSAGE_TYPES = ["email-verification", "coupon-push", "exchange-reminder"] as const
export type MessageType = (typeof MESSAGE_TYPES)[number]

/** The settings fields holding each message type's texts ("" = the plugin's own text). */
export const MESSAGE_TEXT_FIELDS = {
  "email-verification": { subject: "email_verification_subject", intro: "email_verification_intro" },
  "coupon-push": { subject: "coupon_push_subject", intro: "coupon_push_intro" },
  "exchange-reminder": { subject: "exchange_reminder_subject", intro: "exchange_reminder_intro" },
} as const satisfies Record<MessageType, { subject: string; intro: string }>

/** A message subject is one line of at most 200 characters. */
export const MESSAGE_SUBJECT_MAX_LENGTH = 200
/** A message intro (plain text; blank lines separate paragraphs) is at most 5,000 characters. */
export const MESSAGE_INTRO_MAX_LENGTH = 5000

/** The tags a merchant's message text may contain, and what each becomes. */
export const MESSAGE_TAGS: ReadonlyArray<{ tag: string; means: string; types: readonly MessageType[] }> = [
  { tag: "{{store_name}}", means: "the store's name", types: MESSAGE_TYPES },
  { tag: "{{first_name}}", means: "the recipient's first name (empty when unknown)", types: MESSAGE_TYPES },
  { tag: "{{coupon}}", means: "the coupon in words: name, code, benefit, condition, validity", types: ["coupon-push", "exchange-reminder"] },
  { tag: "{{indv_coupon_code}}", means: "the recipient's own coupon code (individual-code coupons)", types: ["coupon-push", "exchange-reminder"] },
]

/** What the settings page calls each message type. */
export const MESSAGE_TYPE_LABELS: Record<MessageType, string> = {
  "email-verification": "Email verification",
  "coupon-push": "Coupon push",
  "exchange-reminder": "Exchanged coupon reminder",
}

/** The merchant's texts of the messages: "" means the plugin's own text. */
export interface MessageTextsValues {
  email_verification_subject: string
  email_verification_intro: string
  coupon_push_subject: string
  coupon_push_intro: string
  exchange_reminder_subject: string
  exchange_reminder_intro: string
}
export type MessageTextField = keyof MessageTextsValues

export interface CouponSettingsValues extends MessageTextsValues {
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
  email_verification_subject: "",
  email_verification_intro: "",
  coupon_push_subject: "",
  coupon_push_intro: "",
  exchange_reminder_subject: "",
  exchange_reminder_intro: "",
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
