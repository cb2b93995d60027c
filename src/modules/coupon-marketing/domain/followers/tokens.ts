import { createHmac, timingSafeEqual } from "crypto"

/**
 * PUSH-2: the signed tokens of emailed links — `<payload>.<signature>`, both base64url, the
 * signature an HMAC-SHA256 of the payload with the plugin's `messages.token_secret`. No I/O:
 * single use is checked by the caller against the verification record the token names.
 */

/** An email-verification link: for one customer and address, until `exp`, nonce = the record's id. */
export interface VerifyTokenPayload {
  kind: "verify"
  customer_id: string
  email: string
  /** The verification record (single use). */
  nonce: string
  /** Expiry, ms since the epoch. */
  exp: number
}

/** An unsubscribe link: for one customer; it does not expire (old emails keep working). */
export interface UnsubscribeTokenPayload {
  kind: "unsubscribe"
  customer_id: string
  /** The channel to turn off (the email the link came in). */
  channel: string
}

export type TokenPayload = VerifyTokenPayload | UnsubscribeTokenPayload

/** Why a token is refused. */
export type TokenRefusal = "malformed" | "forged" | "expired" | "wrong_kind"

const b64 = (buf: Buffer) => buf.toString("base64url")
const sign = (payload: string, secret: string) => createHmac("sha256", secret).update(payload).digest()

export function signToken(payload: TokenPayload, secret: string): string {
  const body = b64(Buffer.from(JSON.stringify(payload), "utf8"))
  return `${body}.${b64(sign(body, secret))}`
}

/**
 * Checks a token's signature (in constant time), kind and expiry. Answers the payload, or the
 * refusal: `malformed` (not a token at all), `forged` (signature does not match), `wrong_kind`,
 * `expired` (`exp` ≤ now).
 */
export function verifyToken<K extends TokenPayload["kind"]>(
  token: string,
  kind: K,
  secret: string,
  now: Date
): { ok: true; payload: Extract<TokenPayload, { kind: K }> } | { ok: false; reason: TokenRefusal } {
  const parts = typeof token === "string" ? token.split(".") : []
  if (parts.length !== 2 || !/^[\w-]+$/.test(parts[0]) || !/^[\w-]+$/.test(parts[1])) return { ok: false, reason: "malformed" }
  const expected = sign(parts[0], secret)
  const given = Buffer.from(parts[1], "base64url")
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "forged" }
  let payload: TokenPayload
  try {
    payload = JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8"))
  } catch {
    return { ok: false, reason: "malformed" }
  }
  if (!payload || typeof payload !== "object" || payload.kind !== kind || typeof payload.customer_id !== "string") {
    return { ok: false, reason: "wrong_kind" }
  }
  if (payload.kind === "verify" && !(typeof payload.exp === "number" && payload.exp > now.getTime())) {
    return { ok: false, reason: "expired" }
  }
  return { ok: true, payload: payload as Extract<TokenPayload, { kind: K }> }
}

/** The shopper's words for a refused verification link (HTTP 400). */
export const VERIFY_LINK_REFUSALS: Record<TokenRefusal | "used", string> = {
  malformed: "This verification link is not valid. Please ask for a new verification email from your account.",
  forged: "This verification link is not valid. Please ask for a new verification email from your account.",
  wrong_kind: "This verification link is not valid. Please ask for a new verification email from your account.",
  expired: "This verification link has expired. Please ask for a new verification email from your account.",
  used: "This verification link has already been used. Your email address may already be verified; otherwise ask for a new verification email.",
}

/** The shopper's words for a refused unsubscribe link (HTTP 400). */
export const UNSUBSCRIBE_LINK_REFUSAL =
  "This unsubscribe link is not valid. You can turn coupon messages off in your account's message preferences."

/** Puts a token into a URL template holding `{token}`. */
export function linkWithToken(template: string, token: string): string {
  return template.split("{token}").join(encodeURIComponent(token))
}
