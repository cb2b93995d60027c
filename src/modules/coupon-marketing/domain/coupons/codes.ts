/**
 * Coupon codes (COUPON-5): the merchant's fixed code, and the random individual codes.
 * Pure; safe in the browser. The random generator lives in `codes-random.ts` (Node only).
 */
import { COUPON_LIMITS } from "../../../../types/coupons"

/**
 * Crockford base32: digits and upper-case letters without I, L, O, U (no look-alikes, no
 * accidental words). 32 symbols = 5 bits each; 12 symbols = 60 bits (COUPON-5: ≥ 60 bits).
 */
export const INDIVIDUAL_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/** Individual codes are shown in groups of this many symbols: "K7QF-9X2M-HW4D". */
export const INDIVIDUAL_CODE_GROUP = 4

const FIXED_CODE_PATTERN = new RegExp(
  `^[A-Za-z0-9_-]{${COUPON_LIMITS.FIXED_CODE_MIN},${COUPON_LIMITS.FIXED_CODE_MAX}}$`
)
const INDIVIDUAL_CODE_PATTERN = new RegExp(
  `^[${INDIVIDUAL_CODE_ALPHABET}]{${COUPON_LIMITS.INDIVIDUAL_CODE_LENGTH}}$`
)
/** Hyphen look-alikes a shopper may paste or an IME may produce (after NFKC). */
const DASHES = /[\u2010-\u2015\u2212\u30FC\uFF70]/g
const WHITESPACE = /\s+/g

/**
 * Folds what a shopper may type to plain ASCII: full-width letters and digits (ＡＢＣ１２３,
 * common with Japanese input methods) become ABC123, full-width/typographic dashes become "-".
 */
function foldToAscii(input: string): string {
  return input.normalize("NFKC").replace(DASHES, "-")
}

/**
 * COUPON-5: the merchant's fixed code as stored, or null if invalid. Trims, then accepts
 * 4–50 characters of A–Z a–z 0–9 "-" "_" and upper-cases them ("summer-10" → "SUMMER-10").
 * Non-ASCII letters are refused before upper-casing (so "ı" cannot sneak in as "I").
 */
export function normalizeFixedCode(input: string | null | undefined): string | null {
  if (typeof input !== "string") {
    return null
  }
  const trimmed = input.trim()
  return FIXED_CODE_PATTERN.test(trimmed) ? trimmed.toUpperCase() : null
}

/**
 * What the cart looks a typed code up as, for fixed codes: full-width folded to ASCII,
 * spaces removed (a fixed code has none), upper-cased. Hyphens and underscores are kept, as
 * they are part of fixed codes. The result may still be invalid (then it matches nothing).
 */
export function normalizeEnteredCode(input: string): string {
  return foldToAscii(input).replace(WHITESPACE, "").toUpperCase()
}

/**
 * What the cart looks a typed code up as, for individual codes (stored without hyphens):
 * full-width folded, upper-cased, spaces and hyphens removed, and Crockford look-alikes
 * mapped (O → 0, I → 1, L → 1). "k7qf-9x2m-hw4d" → "K7QF9X2MHW4D".
 */
export function normalizeIndividualCode(input: string): string {
  return foldToAscii(input)
    .toUpperCase()
    .replace(/[\s-]+/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1")
}

/** Whether `code` is a stored individual code: exactly 12 symbols of the alphabet. */
export function isIndividualCode(code: string): boolean {
  return INDIVIDUAL_CODE_PATTERN.test(code)
}

/**
 * The lookups for a code a shopper typed (COUPON-30..32): as a fixed code and as an
 * individual code, each null when the input cannot be one. The cart tries both; the answer
 * to the shopper is the same generic error either way.
 */
export function enteredCodeLookups(input: string): { fixed: string | null; individual: string | null } {
  const fixed = normalizeFixedCode(normalizeEnteredCode(input))
  const individual = normalizeIndividualCode(input)
  return { fixed, individual: isIndividualCode(individual) ? individual : null }
}

/**
 * An individual code for people: groups of 4 joined by hyphens ("K7QF9X2MHW4D" →
 * "K7QF-9X2M-HW4D"). Accepts an already formatted or lower-case code.
 */
export function formatIndividualCode(code: string): string {
  const compact = code.toUpperCase().replace(/[\s-]+/g, "")
  const groups: string[] = []
  for (let i = 0; i < compact.length; i += INDIVIDUAL_CODE_GROUP) {
    groups.push(compact.slice(i, i + INDIVIDUAL_CODE_GROUP))
  }
  return groups.join("-")
}
