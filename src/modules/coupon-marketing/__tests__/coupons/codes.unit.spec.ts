import {
  INDIVIDUAL_CODE_ALPHABET,
  enteredCodeLookups,
  formatIndividualCode,
  isIndividualCode,
  normalizeEnteredCode,
  normalizeFixedCode,
  normalizeIndividualCode,
} from "../../domain/coupons/codes"
import { COUPON_LIMITS } from "../../../../types/coupons"

describe("fixed codes (COUPON-5)", () => {
  it.each([
    ["ABCD", "ABCD"],
    ["abcd", "ABCD"],
    ["summer-10", "SUMMER-10"],
    ["new_member_2026", "NEW_MEMBER_2026"],
    ["  SALE2026  ", "SALE2026"],
    ["A".repeat(50), "A".repeat(50)],
    ["a-_9", "A-_9"],
    ["1234", "1234"],
  ])("COUPON-5 %p is a valid fixed code, stored as %p", (input, stored) => {
    expect(normalizeFixedCode(input)).toBe(stored)
  })

  it.each([
    ["ABC", "3 characters"],
    ["A".repeat(51), "51 characters"],
    ["ABC$", "a $"],
    ["AB CD", "an inner space"],
    ["ÄBCD", "a non-ASCII letter"],
    ["ıiii", "a dotless i that upper-cases to I"],
    ["ﬁxed", "a ligature that upper-cases to FI"],
    ["ＡＢＣＤ", "full-width letters"],
    ["", "nothing"],
    ["    ", "only spaces"],
    ["ABC.D", "a dot"],
  ])("COUPON-5 %p is refused (%s)", (input) => {
    expect(normalizeFixedCode(input)).toBeNull()
  })

  it.each([null, undefined])("COUPON-5 normalizeFixedCode(%p) is null", (input) => {
    expect(normalizeFixedCode(input)).toBeNull()
  })
})

describe("codes typed by shoppers (COUPON-5, COUPON-32)", () => {
  it.each([
    [" summer-10 ", "SUMMER-10"],
    ["ｓｕｍｍｅｒ－１０", "SUMMER-10"],
    ["SUMMER ー10", "SUMMER-10"],
    ["summer_10", "SUMMER_10"],
    ["s u m m e r", "SUMMER"],
  ])("COUPON-5 normalizeEnteredCode(%p) = %p (fixed codes keep hyphens)", (input, expected) => {
    expect(normalizeEnteredCode(input)).toBe(expected)
  })

  it.each([
    ["K7QF-9X2M-HW4D", "K7QF9X2MHW4D"],
    ["k7qf 9x2m hw4d", "K7QF9X2MHW4D"],
    ["  k7qf-9x2m-hw4d\n", "K7QF9X2MHW4D"],
    ["OOII-LLoo-iill", "001111001111"],
    ["Ｋ７ＱＦ－９Ｘ２Ｍ－ＨＷ４Ｄ", "K7QF9X2MHW4D"],
    ["K7QF–9X2M—HW4D", "K7QF9X2MHW4D"],
  ])("COUPON-5 normalizeIndividualCode(%p) = %p", (input, expected) => {
    expect(normalizeIndividualCode(input)).toBe(expected)
  })

  it.each([
    ["K7QF9X2MHW4D", true],
    ["0123456789AB", true],
    ["ZZZZZZZZZZZZ", true],
    ["K7QF9X2MHW4", false],
    ["K7QF9X2MHW4DX", false],
    ["K7QF-9X2M-HW4D", false],
    ["K7QF9X2MHW4U", false],
    ["K7QF9X2MHW4I", false],
    ["k7qf9x2mhw4d", false],
  ])("COUPON-5 isIndividualCode(%p) = %p", (code, valid) => {
    expect(isIndividualCode(code)).toBe(valid)
  })

  it.each([
    ["summer-10", { fixed: "SUMMER-10", individual: null }],
    ["k7qf-9x2m-hw4d", { fixed: "K7QF-9X2M-HW4D", individual: "K7QF9X2MHW4D" }],
    ["ABC", { fixed: null, individual: null }],
    ["ＡＢＣＤ", { fixed: "ABCD", individual: null }],
    ["$$$$", { fixed: null, individual: null }],
  ])("COUPON-32 enteredCodeLookups(%p)", (input, expected) => {
    expect(enteredCodeLookups(input)).toEqual(expected)
  })
})

describe("the individual-code alphabet and display (COUPON-5)", () => {
  it("COUPON-5 the alphabet is Crockford base32: 32 distinct symbols, no I L O U", () => {
    expect(INDIVIDUAL_CODE_ALPHABET).toBe("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    expect(new Set(INDIVIDUAL_CODE_ALPHABET).size).toBe(32)
    expect(INDIVIDUAL_CODE_ALPHABET).not.toMatch(/[ILOU]/)
  })

  it("COUPON-5 12 symbols of 32 carry at least 60 bits", () => {
    expect(COUPON_LIMITS.INDIVIDUAL_CODE_LENGTH * Math.log2(INDIVIDUAL_CODE_ALPHABET.length)).toBeGreaterThanOrEqual(60)
  })

  it.each([
    ["K7QF9X2MHW4D", "K7QF-9X2M-HW4D"],
    ["k7qf9x2mhw4d", "K7QF-9X2M-HW4D"],
    ["K7QF-9X2M-HW4D", "K7QF-9X2M-HW4D"],
    ["K7QF9X", "K7QF-9X"],
    ["", ""],
  ])("COUPON-5 formatIndividualCode(%p) = %p", (code, shown) => {
    expect(formatIndividualCode(code)).toBe(shown)
  })

  it("COUPON-5 a formatted code normalizes back to the stored one", () => {
    const stored = "K7QF9X2MHW4D"
    expect(normalizeIndividualCode(formatIndividualCode(stored))).toBe(stored)
  })
})
