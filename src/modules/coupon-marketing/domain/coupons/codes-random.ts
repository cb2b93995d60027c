/**
 * COUPON-5: random individual codes. Node only (uses Node's crypto): it is deliberately NOT
 * re-exported from `index.ts`, which the admin bundles. Import this file by its path.
 */
import { randomBytes as nodeRandomBytes } from "crypto"
import { COUPON_LIMITS } from "../../../../types/coupons"
import { INDIVIDUAL_CODE_ALPHABET } from "./codes"

/** A source of cryptographically secure random bytes (Node's `crypto.randomBytes`). */
export type RandomBytes = (size: number) => Uint8Array

/** Rounds in a row that may add no new code before the random source is declared broken. */
const MAX_STALLED_ROUNDS = 10

/**
 * `count` distinct individual codes (12 symbols of INDIVIDUAL_CODE_ALPHABET, stored without
 * hyphens), drawn from `randomBytes`.
 *
 * - Unbiased: 32 divides 256, so `byte & 31` is uniform over the alphabet (60 bits per code).
 * - Unique within the batch, and distinct from `exclude` (e.g. codes already issued for the
 *   coupon): duplicates are drawn again. With 60 bits, 100,000 codes collide with
 *   probability ≈ 4·10⁻⁹, so a second round is rare.
 * - Fast: one `randomBytes` call per round for the whole batch.
 *
 * Throws RangeError for a negative or non-integer `count`, and Error when the random source
 * returns too few bytes or keeps repeating itself.
 */
export function generateIndividualCodes(
  count: number,
  randomBytes: RandomBytes = (size) => nodeRandomBytes(size),
  exclude?: ReadonlySet<string>
): string[] {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`generateIndividualCodes: count must be a non-negative integer, got ${count}`)
  }
  const length = COUPON_LIMITS.INDIVIDUAL_CODE_LENGTH
  const symbols = INDIVIDUAL_CODE_ALPHABET.split("")
  const codes = new Set<string>()
  let stalled = 0

  while (codes.size < count) {
    const missing = count - codes.size
    const bytes = randomBytes(missing * length)
    if (bytes.length < missing * length) {
      throw new Error(
        `generateIndividualCodes: the random source returned ${bytes.length} bytes, ${missing * length} were asked`
      )
    }
    const before = codes.size
    for (let offset = 0; offset < missing * length; offset += length) {
      let code = ""
      for (let i = 0; i < length; i++) {
        code += symbols[bytes[offset + i] & 31]
      }
      if (!exclude?.has(code)) {
        codes.add(code)
      }
    }
    stalled = codes.size === before ? stalled + 1 : 0
    if (stalled >= MAX_STALLED_ROUNDS) {
      throw new Error(
        `generateIndividualCodes: the random source produced no new code in ${MAX_STALLED_ROUNDS} rounds (${codes.size} of ${count} generated)`
      )
    }
  }
  return [...codes]
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/**
 * `count` entity ids in Medusa's format (`<prefix>_<ULID>`: 10 characters of millisecond time
 * and 16 random ones, Crockford base32), from one `randomBytes` call. Medusa's own
 * `generateEntityId` draws one random byte per character, which made id generation most of the
 * cost of issuing 100,000 codes.
 */
export function generateEntityIds(prefix: string, count: number, now = Date.now(), randomBytes: RandomBytes = (size) => nodeRandomBytes(size)): string[] {
  let time = ""
  for (let t = now, i = 0; i < 10; i++, t = Math.floor(t / 32)) time = CROCKFORD[t % 32] + time
  const bytes = randomBytes(count * 16)
  const ids = new Array<string>(count)
  for (let n = 0; n < count; n++) {
    let random = ""
    for (let i = 0; i < 16; i++) random += CROCKFORD[bytes[n * 16 + i] & 31]
    ids[n] = `${prefix}_${time}${random}`
  }
  return ids
}
