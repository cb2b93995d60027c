/**
 * Money in a currency's main unit (as Medusa 2 stores it: ¥1200 → 1200, €9.50 → 9.5), with
 * exact arithmetic done in integer minor units (COUPON-8: "rounded down to the currency's
 * smallest unit"). Pure; safe in the browser.
 */

/** ISO 4217 currencies without a minor unit. */
const ZERO_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set([
  "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf",
])

/** ISO 4217 currencies with three decimals. */
const THREE_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set(["bhd", "jod", "kwd", "omr", "tnd"])

/**
 * How close (relative to the value) a float must be to an integer to be taken as that integer.
 * Products and quotients of a few doubles are off by a few ulps at most (≈ 2.2e-16 each); 16
 * ulps is safely above that and far below any real fraction of a minor unit.
 */
const SNAP_RELATIVE_EPSILON = 16 * Number.EPSILON

/** Number of decimals of the currency's smallest unit (JPY 0, EUR 2, KWD 3). Case-insensitive. */
export function currencyDecimals(currency_code: string): number {
  const code = currency_code.trim().toLowerCase()
  if (ZERO_DECIMAL_CURRENCIES.has(code)) {
    return 0
  }
  if (THREE_DECIMAL_CURRENCIES.has(code)) {
    return 3
  }
  return 2
}

/** How many minor units make one main unit (JPY 1, EUR 100, KWD 1000). */
export function minorUnitFactor(currency_code: string): number {
  return 10 ** currencyDecimals(currency_code)
}

/**
 * `x` itself if it is an integer up to floating-point noise (9998.999999999998 → 9999),
 * else `x` unchanged.
 */
function snapToInteger(x: number): number {
  const nearest = Math.round(x)
  return Math.abs(x - nearest) <= Math.max(Math.abs(x), 1) * SNAP_RELATIVE_EPSILON ? nearest : x
}

/**
 * A main-unit amount as an integer number of minor units, rounded to the nearest unit
 * (19.99 EUR → 1999; 1200 JPY → 1200). Use `isValidAmount` first when extra decimals must be
 * refused rather than rounded.
 */
export function toMinor(amount: number, currency_code: string): number {
  return Math.round(amount * minorUnitFactor(currency_code))
}

/** Integer minor units back to the main unit (1999 EUR cents → 19.99). */
export function fromMinor(minor: number, currency_code: string): number {
  const value = minor / minorUnitFactor(currency_code)
  // Avoid -0 in results and JSON.
  return value === 0 ? 0 : value
}

/**
 * Whether `amount` is a finite number with no more decimals than the currency allows
 * (JPY: 9.99 refused; EUR: 9.99 accepted, 9.999 refused). The check is a round trip through
 * minor units, which is exact for every amount written with at most that many decimals.
 */
export function isValidAmount(amount: number, currency_code: string): boolean {
  if (typeof amount !== "number" || !Number.isFinite(amount)) {
    return false
  }
  return fromMinor(toMinor(amount, currency_code), currency_code) === amount
}

/**
 * Floors `amount` to the currency's smallest unit without floating-point surprises:
 * 19.99 × 0.1 (= 1.9989999999999999 in floats) → 1.99 EUR; 3 × 33.33 stays 99.99;
 * 1999 × 0.1 → 199 JPY. Rounds toward −∞ for negative amounts.
 */
export function roundDownToUnit(amount: number, currency_code: string): number {
  if (!Number.isFinite(amount)) {
    return amount
  }
  const minor = snapToInteger(amount * minorUnitFactor(currency_code))
  return fromMinor(Math.floor(minor), currency_code)
}

const FORMATTERS = new Map<string, Intl.NumberFormat>()

/**
 * The amount for people: "¥1,200", "€9.50", "KWD 9.500" (en-US conventions, the currency's own
 * number of decimals). A malformed currency code falls back to "9.50 ABCD".
 */
export function formatMoney(amount: number, currency_code: string): string {
  const code = currency_code.trim().toUpperCase()
  const decimals = currencyDecimals(code)
  let formatter = FORMATTERS.get(code)
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat("en-US", {
        style: "currency",
        currency: code,
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      })
    } catch {
      return `${amount.toFixed(decimals)} ${code}`
    }
    FORMATTERS.set(code, formatter)
  }
  return formatter.format(amount)
}
