import { generateIndividualCodes } from "../../domain/coupons/codes-random"
import { INDIVIDUAL_CODE_ALPHABET, isIndividualCode } from "../../domain/coupons/codes"

/** A fake random source replaying `chunks`, one per call. */
function replay(...chunks: number[][]) {
  let call = 0
  const sizes: number[] = []
  const source = (size: number) => {
    sizes.push(size)
    const chunk = chunks[Math.min(call++, chunks.length - 1)]
    return Uint8Array.from({ length: size }, (_, i) => chunk[i % chunk.length])
  }
  return { source, sizes }
}

describe("random individual codes (COUPON-5)", () => {
  it("COUPON-5 100,000 codes are unique, 12 symbols each, all from the alphabet", () => {
    const codes = generateIndividualCodes(100_000)
    expect(codes).toHaveLength(100_000)
    expect(new Set(codes).size).toBe(100_000)
    expect(codes.every(isIndividualCode)).toBe(true)
  })

  it("COUPON-5 each symbol appears about equally often at every position (distribution sanity)", () => {
    const codes = generateIndividualCodes(40_000)
    const counts = Array.from({ length: 12 }, () => new Map<string, number>())
    for (const code of codes) {
      for (let i = 0; i < code.length; i++) {
        counts[i].set(code[i], (counts[i].get(code[i]) ?? 0) + 1)
      }
    }
    // 40,000 / 32 = 1,250 per symbol and position; σ ≈ 35, so ±25 % is > 8σ.
    for (const position of counts) {
      expect(position.size).toBe(32)
      for (const n of position.values()) {
        expect(n).toBeGreaterThan(1250 * 0.75)
        expect(n).toBeLessThan(1250 * 1.25)
      }
    }
  })

  it("COUPON-5 byte b maps to alphabet[b & 31] (unbiased: 32 divides 256)", () => {
    const bytes = [0, 1, 31, 32, 63, 64, 128, 255, 10, 17, 18, 30]
    const { source } = replay(bytes)
    const [code] = generateIndividualCodes(1, source)
    expect(code).toBe(bytes.map((b) => INDIVIDUAL_CODE_ALPHABET[b & 31]).join(""))
    expect(code).toBe("01Z0Z00ZAHJY")
  })

  it("COUPON-5 every byte value maps to each symbol exactly 8 times", () => {
    const histogram = new Map<string, number>()
    for (let b = 0; b < 256; b++) {
      const ch = INDIVIDUAL_CODE_ALPHABET[b & 31]
      histogram.set(ch, (histogram.get(ch) ?? 0) + 1)
    }
    expect([...histogram.values()]).toEqual(new Array(32).fill(8))
  })

  it("COUPON-5 duplicates within a batch are drawn again", () => {
    // First round: 3 codes of which 2 are equal; second round: a fresh one.
    const a = new Array(12).fill(1)
    const b = new Array(12).fill(2)
    const c = new Array(12).fill(3)
    const { source, sizes } = replay([...a, ...a, ...b], c)
    const codes = generateIndividualCodes(3, source)
    expect(codes).toEqual(["111111111111", "222222222222", "333333333333"])
    expect(sizes).toEqual([36, 12])
  })

  it("COUPON-5 codes in `exclude` (already issued) are never returned", () => {
    const { source } = replay(new Array(12).fill(1), new Array(12).fill(2))
    expect(generateIndividualCodes(1, source, new Set(["111111111111"]))).toEqual(["222222222222"])
  })

  it("COUPON-5 one random call serves the whole batch", () => {
    const sizes: number[] = []
    const counter = (size: number) => {
      sizes.push(size)
      // Distinct codes: code k starts with the base-32 digits of k.
      return Uint8Array.from({ length: size }, (_, i) => {
        const k = Math.floor(i / 12)
        return i % 12 === 0 ? k & 31 : i % 12 === 1 ? (k >> 5) & 31 : 0
      })
    }
    expect(generateIndividualCodes(200, counter)).toHaveLength(200)
    expect(sizes).toEqual([2400])
  })

  it("COUPON-5 zero codes need no randomness", () => {
    const { source, sizes } = replay([1])
    expect(generateIndividualCodes(0, source)).toEqual([])
    expect(sizes).toEqual([])
  })

  it.each([-1, 1.5, Number.NaN])("COUPON-5 a count of %p is refused", (count) => {
    expect(() => generateIndividualCodes(count)).toThrow(RangeError)
  })

  it("COUPON-5 a random source that repeats itself forever is reported, not looped on", () => {
    const { source } = replay([7])
    expect(() => generateIndividualCodes(2, source)).toThrow("produced no new code in 10 rounds (1 of 2 generated)")
  })

  it("COUPON-5 a random source returning too few bytes is reported", () => {
    expect(() => generateIndividualCodes(2, () => new Uint8Array(5))).toThrow("returned 5 bytes, 24 were asked")
  })
})

describe("generateEntityIds", () => {
  const { generateEntityIds } = require("../../domain/coupons/codes-random")

  it("answers Medusa-shaped ids: prefix, 10 time characters, 16 random ones, all distinct", () => {
    const ids: string[] = generateEntityIds("cpcd", 10_000, Date.UTC(2026, 10, 25))
    expect(new Set(ids).size).toBe(10_000)
    ids.forEach((id) => expect(id).toMatch(/^cpcd_[0-9A-HJKMNP-TV-Z]{26}$/))
    // The time part sorts like the time: ids of a later batch sort after.
    const later: string[] = generateEntityIds("cpcd", 1, Date.UTC(2026, 10, 26))
    expect(later[0].slice(0, 15) > ids[0].slice(0, 15)).toBe(true)
  })

  it("encodes the time as a ULID does", () => {
    const [id] = generateEntityIds("x", 1, 1469918176385, () => new Uint8Array(16))
    expect(id).toBe("x_01ARYZ6S410000000000000000")
  })
})
