/**
 * The readable middle of a coupon's Medusa promotion code, so that Medusa's Promotions list
 * tells coupons apart ("CM-WELCOME10-7F3A9C", "CM-VIP-500-OFF-1B2C3D"). Pure; safe in the
 * browser. The code stays worthless outside the plugin: the promotion only applies where the
 * plugin grants it.
 */

/** A name's slug is cut to at most this many characters (then trailing hyphens dropped). */
export const PROMOTION_LABEL_MAX = 30
/** Used when a name has no A–Z or 0–9 at all (a Japanese-only name, for example). */
export const PROMOTION_LABEL_FALLBACK = "COUPON"

/**
 * A name as upper-case A–Z 0–9 words joined by single hyphens, at most 30 characters:
 * "VIP ¥500 off" → "VIP-500-OFF", "Welcome 10% off!" → "WELCOME-10-OFF". Full-width letters
 * and digits fold to ASCII first; a name without any gives "COUPON".
 */
export function slugForPromotionCode(name: string | null | undefined): string {
  const folded = (name ?? "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toUpperCase()
  const slug = folded
    .replace(/[^A-Z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, PROMOTION_LABEL_MAX)
    .replace(/-+$/, "")
  return slug || PROMOTION_LABEL_FALLBACK
}

/**
 * What a coupon's promotion code shows after "CM-": the fixed code itself (already A–Z 0–9
 * "-" "_", as the shopper types it), else a slug of the coupon's name (individual codes and
 * exchange coupons: their codes are per customer and must not appear).
 */
export function promotionCodeLabel(coupon: { code_mode: string; code?: string | null; name?: string | null }): string {
  if (coupon.code_mode === "fixed" && coupon.code && /^[A-Z0-9_-]+$/.test(coupon.code)) return coupon.code
  return slugForPromotionCode(coupon.name)
}
