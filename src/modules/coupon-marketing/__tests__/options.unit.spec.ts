import { parseCouponMarketingOptions, isValidTimeZone } from "../options"
import { DEFAULT_EXCHANGE_DENOMINATIONS } from "../../../types/points"

const POINTS_DEFAULTS = { earn_points: 1, earn_per_amount: 100, expiry_months: null, reminder_days: 3, denominations: [...DEFAULT_EXCHANGE_DENOMINATIONS] }
/** The other areas' defaults: a coupon starts ≥ 60 minutes ahead; 5 attempts per message, 60 s then doubling. */
const OTHER_DEFAULTS = {
  coupons: { min_start_lead_minutes: 60 },
  delivery: { max_attempts: 5, retry_base_seconds: 60 },
  messages: { token_secret: null, verification_ttl_hours: 48, public_url: "http://localhost:9000", verify_url: null, unsubscribe_url: null },
  pushes: { direct_daily_cap: {}, send_lanes: 4 },
}
import validateOptionsLoader from "../loaders/validate-options"

describe("plugin options", () => {
  it("gives every option its default when none is set", () => {
    expect(parseCouponMarketingOptions(undefined)).toEqual({ timezone: "UTC", points: POINTS_DEFAULTS, ...OTHER_DEFAULTS })
    expect(parseCouponMarketingOptions({})).toEqual({ timezone: "UTC", points: POINTS_DEFAULTS, ...OTHER_DEFAULTS })
  })

  it("keeps a valid time zone", () => {
    expect(parseCouponMarketingOptions({ timezone: "Asia/Tokyo" })).toEqual({ timezone: "Asia/Tokyo", points: POINTS_DEFAULTS, ...OTHER_DEFAULTS })
  })

  it("ignores the keys Medusa adds to module options", () => {
    expect(parseCouponMarketingOptions({ timezone: "Europe/Paris", database: { clientUrl: "x" } })).toEqual({
      timezone: "Europe/Paris",
      points: POINTS_DEFAULTS,
      ...OTHER_DEFAULTS,
    })
  })

  it.each([
    [{ timezone: "Mars/Olympus" }, /timezone: must be an IANA time zone/],
    [{ timezone: 9 }, /timezone: /],
    [{ timzone: "Asia/Tokyo" }, /unknown option "timzone"/],
    [{ points: { earn_points: -1 } }, /points\.earn_points: /],
    [{ points: { expiry_months: 0 } }, /points\.expiry_months: /],
    [{ points: { denominations: [] } }, /points\.denominations: /],
    [{ coupons: { min_start_lead_minutes: -1 } }, /coupons\.min_start_lead_minutes: /],
    [{ delivery: { max_attempts: 0 } }, /delivery\.max_attempts: /],
    [{ messages: { token_secret: "short" } }, /messages\.token_secret: /],
    [{ messages: { verification_ttl_hours: 0 } }, /messages\.verification_ttl_hours: /],
    [{ messages: { public_url: "not a url" } }, /messages\.public_url: /],
    [{ messages: { unsubscribe_url: "https://shop.example/unsubscribe" } }, /messages\.unsubscribe_url: must contain \{token\}/],
  ])("refuses %j with a message naming the option", (options, message) => {
    expect(() => parseCouponMarketingOptions(options)).toThrow(message)
    expect(() => parseCouponMarketingOptions(options)).toThrow(/^Invalid options for medusa-plugin-coupon-marketing: /)
  })

  it("PUSH-2: refuses to start in production without messages.token_secret; takes one", () => {
    expect(() => parseCouponMarketingOptions({}, { NODE_ENV: "production" })).toThrow(/messages\.token_secret: required in production/)
    expect(parseCouponMarketingOptions({ messages: { token_secret: "0123456789abcdef" } }, { NODE_ENV: "production" }).messages.token_secret).toBe("0123456789abcdef")
    expect(parseCouponMarketingOptions({}, { NODE_ENV: "development" }).messages.token_secret).toBeNull()
  })

  it("the module loader refuses bad options, so the server does not start", async () => {
    await expect(validateOptionsLoader({ options: { timezone: "Nowhere/Else" } } as never)).rejects.toThrow(
      /timezone: must be an IANA time zone/
    )
    await expect(validateOptionsLoader({ options: { timezone: "UTC" } } as never)).resolves.toBeUndefined()
  })

  it.each([
    ["UTC", true],
    ["Asia/Tokyo", true],
    ["America/New_York", true],
    ["Tokyo", false],
    ["", false],
  ])("isValidTimeZone(%s) = %s", (tz, valid) => {
    expect(isValidTimeZone(tz)).toBe(valid)
  })
})
