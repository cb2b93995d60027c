/**
 * The plugin's emails (React Email): one layout (the store's name, the footer with the
 * unsubscribe link), the COUPON-36 coupon block, and the templates `email-verification`,
 * `coupon-push` and `exchange-reminder`. `renderEmail(template, data, overrides?)` answers
 * `{ subject, html, text }`, what a Notification provider sends as `content`.
 */
export * from "./render"
export * from "./types"
export { CouponBlock } from "./components/coupon-block"
export { EmailLayout } from "./components/layout"
export { emailCoupon, type EmailCouponSource } from "./coupon"
