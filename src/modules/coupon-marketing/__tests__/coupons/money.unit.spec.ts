import {
  currencyDecimals,
  formatMoney,
  fromMinor,
  isValidAmount,
  minorUnitFactor,
  roundDownToUnit,
  toMinor,
} from "../../domain/coupons/money"

describe("money in the currency's smallest unit (COUPON-8)", () => {
  it.each([
    ["jpy", 0], ["JPY", 0], ["krw", 0], ["vnd", 0], ["clp", 0], ["bif", 0], ["djf", 0], ["gnf", 0],
    ["kmf", 0], ["mga", 0], ["pyg", 0], ["rwf", 0], ["ugx", 0], ["vuv", 0], ["xaf", 0], ["xof", 0], ["xpf", 0],
    ["bhd", 3], ["jod", 3], ["kwd", 3], ["omr", 3], ["TND", 3],
    ["eur", 2], ["usd", 2], ["gbp", 2], ["cny", 2], ["twd", 2], ["isk", 2], ["huf", 2],
  ])("COUPON-8 %s has %i decimals in its smallest unit", (currency, decimals) => {
    expect(currencyDecimals(currency)).toBe(decimals)
    expect(minorUnitFactor(currency)).toBe(10 ** decimals)
  })

  it.each([
    [1200, "jpy", 1200],
    [19.99, "eur", 1999],
    [0.29, "eur", 29], // 0.29 * 100 = 28.999999999999996 in floats
    [1.005, "kwd", 1005],
    [99_999_999.99, "eur", 9_999_999_999],
    [0, "eur", 0],
  ])("COUPON-8 toMinor(%p, %s) = %p exactly", (amount, currency, minor) => {
    expect(toMinor(amount, currency)).toBe(minor)
  })

  it.each([
    [1999, "eur", 19.99],
    [1200, "jpy", 1200],
    [1005, "kwd", 1.005],
    [0, "eur", 0],
  ])("COUPON-8 fromMinor(%p, %s) = %p", (minor, currency, amount) => {
    expect(fromMinor(minor, currency)).toBe(amount)
  })

  it("COUPON-8 fromMinor never answers -0", () => {
    expect(Object.is(fromMinor(-0, "eur"), 0)).toBe(true)
  })

  it.each([
    [1200, "jpy", true],
    [9.99, "jpy", false],
    [9.99, "eur", true],
    [9.9, "eur", true],
    [9.999, "eur", false],
    [9.999, "kwd", true],
    [9.9999, "kwd", false],
    [0.1 + 0.2, "eur", false],
    [99_999_999.99, "eur", true],
    [Number.NaN, "eur", false],
    [Number.POSITIVE_INFINITY, "jpy", false],
  ])("COUPON-8 isValidAmount(%p, %s) = %p (no more decimals than the currency allows)", (amount, currency, valid) => {
    expect(isValidAmount(amount, currency)).toBe(valid)
  })

  it.each([
    ["10% of €19.99", 19.99 * 0.1, "eur", 1.99],
    ["3 × €33.33 stays €99.99", 3 * 33.33, "eur", 99.99],
    ["10% of ¥1,999", 1999 * 0.1, "jpy", 199],
    ["15% of €33.33", 33.33 * 0.15, "eur", 4.99],
    ["an exact amount stays", 4.5, "eur", 4.5],
    ["€0.1 + €0.2 (float noise) stays €0.30", 0.1 + 0.2, "eur", 0.3],
    ["€1.15 × 100 / 100 (float noise) stays €1.15", (1.15 * 100) / 100, "eur", 1.15],
    ["KWD 1.0019 floors to 1.001", 1.0019, "kwd", 1.001],
    ["¥0.9 floors to ¥0", 0.9, "jpy", 0],
    ["a negative amount floors toward −∞", -1.001, "eur", -1.01],
    ["a large amount", 99_999_999.999, "eur", 99_999_999.99],
  ])("COUPON-8 roundDownToUnit: %s", (_label, amount, currency, expected) => {
    expect(roundDownToUnit(amount, currency)).toBe(expected)
  })

  it("COUPON-8 roundDownToUnit agrees with integer maths for every cent amount × every percent", () => {
    const mismatches: string[] = []
    for (let cents = 1; cents <= 5000; cents++) {
      for (let p = 1; p <= 99; p++) {
        const expected = Math.floor((cents * p) / 100) / 100
        const got = roundDownToUnit(((cents / 100) * p) / 100, "eur")
        if (got !== expected) {
          mismatches.push(`${p}% of €${cents / 100}: got ${got}, expected ${expected}`)
        }
      }
    }
    expect(mismatches).toEqual([])
  })

  it.each([
    [1200, "jpy", "¥1,200"],
    [1200, "JPY", "¥1,200"],
    [9.5, "eur", "€9.50"],
    [1234567.8, "usd", "$1,234,567.80"],
    [3000, "krw", "₩3,000"],
    [9.5, "kwd", "KWD 9.500"],
  ])("COUPON-36 formatMoney(%p, %s) = %s", (amount, currency, text) => {
    expect(formatMoney(amount, currency).replace(/\u00a0/g, " ")).toBe(text)
  })

  it("COUPON-36 formatMoney falls back to a plain number for a malformed currency code", () => {
    expect(formatMoney(9.5, "euro")).toBe("9.50 EURO")
  })
})
