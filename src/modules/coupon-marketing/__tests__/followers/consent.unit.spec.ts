import { consentRefusal, followDateRange, mayReceive, signToken, verifyToken, linkWithToken, type ConsentState } from "../../domain/followers"

const NOW = new Date("2026-12-02T12:00:00Z")
const BEFORE = "2026-11-01T00:00:00Z"
const LATER = "2026-12-03T00:00:00Z"

const pref = (over: Partial<NonNullable<ConsentState["preference"]>> = {}) => ({
  email: true, feed: true, push: true, email_verified_at: BEFORE, email_verified_address: "hanako@example.com", ...over,
})

describe("PUSH-2 mayReceive(state, channel, now)", () => {
  it.each<[string, ConsentState | null, string, boolean, string | null]>([
    ["verified, consenting, email", { email: "hanako@example.com", preference: pref() }, "email", true, null],
    ["verified, consenting, feed", { email: "hanako@example.com", preference: pref() }, "feed", true, null],
    ["verified, consenting, push", { email: "hanako@example.com", preference: pref() }, "push", true, null],
    ["address compared without case or spaces", { email: " Hanako@Example.COM ", preference: pref() }, "email", true, null],
    ["no record: nothing verified", { email: "hanako@example.com", preference: null }, "email", false, "email_not_verified"],
    ["no record: not on feed either (PUSH-2 a)", { email: "hanako@example.com", preference: null }, "feed", false, "email_not_verified"],
    ["verified, then the email changed", { email: "new@example.com", preference: pref() }, "email", false, "email_not_verified"],
    ["verified after now (clock) does not count yet", { email: "hanako@example.com", preference: pref({ email_verified_at: LATER }) }, "email", false, "email_not_verified"],
    ["verified at exactly now counts", { email: "hanako@example.com", preference: pref({ email_verified_at: NOW.toISOString() }) }, "email", true, null],
    ["verified address missing", { email: "hanako@example.com", preference: pref({ email_verified_address: null }) }, "email", false, "email_not_verified"],
    ["opted out of email", { email: "hanako@example.com", preference: pref({ email: false }) }, "email", false, "opted_out"],
    ["opted out of email, feed still on", { email: "hanako@example.com", preference: pref({ email: false }) }, "feed", true, null],
    ["opted out of push only", { email: "hanako@example.com", preference: pref({ push: false }) }, "push", false, "opted_out"],
    ["opted out and not verified: the verification is said first", { email: "x@example.com", preference: pref({ email: false }) }, "email", false, "email_not_verified"],
    ["a channel that is not a coupon channel", { email: "hanako@example.com", preference: pref() }, "sms", false, "unknown_channel"],
    ["no customer", null, "email", false, "no_customer"],
    ["a customer without an address", { email: null, preference: pref() }, "feed", false, "no_customer"],
  ])("%s", (_name, state, channel, allowed, reason) => {
    expect(mayReceive(state, channel, NOW)).toBe(allowed)
    expect(consentRefusal(state, channel, NOW)).toBe(reason)
  })
})

describe("PUSH-2 signed tokens", () => {
  const secret = "unit-test-secret-0123456789"
  const verify = { kind: "verify" as const, customer_id: "cus_1", email: "a@example.com", nonce: "cmevr_1", exp: NOW.getTime() + 1000 }

  it("round-trips a verification token until it expires", () => {
    const token = signToken(verify, secret)
    expect(verifyToken(token, "verify", secret, NOW)).toEqual({ ok: true, payload: verify })
    expect(verifyToken(token, "verify", secret, new Date(NOW.getTime() + 1000))).toEqual({ ok: false, reason: "expired" })
  })

  it("refuses another secret, a changed payload, a changed signature, garbage, and the other kind", () => {
    const token = signToken(verify, secret)
    expect(verifyToken(token, "verify", "another-secret-0123456789", NOW)).toEqual({ ok: false, reason: "forged" })
    const [body, sig] = token.split(".")
    const other = Buffer.from(JSON.stringify({ ...verify, customer_id: "cus_2" })).toString("base64url")
    expect(verifyToken(`${other}.${sig}`, "verify", secret, NOW)).toEqual({ ok: false, reason: "forged" })
    expect(verifyToken(`${body}.${sig.slice(0, -2)}AA`, "verify", secret, NOW).ok).toBe(false)
    expect(verifyToken("not-a-token", "verify", secret, NOW)).toEqual({ ok: false, reason: "malformed" })
    expect(verifyToken("", "verify", secret, NOW)).toEqual({ ok: false, reason: "malformed" })
    expect(verifyToken(token, "unsubscribe", secret, NOW)).toEqual({ ok: false, reason: "wrong_kind" })
  })

  it("an unsubscribe token does not expire", () => {
    const token = signToken({ kind: "unsubscribe", customer_id: "cus_1", channel: "email" }, secret)
    expect(verifyToken(token, "unsubscribe", secret, new Date("2099-01-01")).ok).toBe(true)
  })

  it("puts the token into a URL template", () => {
    expect(linkWithToken("https://shop.example/u?t={token}", "a.b")).toBe("https://shop.example/u?t=a.b")
  })
})

describe("PUSH-1 follow-date filter in the store's zone", () => {
  it.each([
    ["Asia/Tokyo", "2026-11-01", "2026-11-30", "2026-10-31T15:00:00.000Z", "2026-11-30T15:00:00.000Z"],
    ["UTC", "2026-11-01", "2026-11-01", "2026-11-01T00:00:00.000Z", "2026-11-02T00:00:00.000Z"],
    ["Europe/Berlin", "2026-03-29", "2026-03-29", "2026-03-28T23:00:00.000Z", "2026-03-29T22:00:00.000Z"],
    ["UTC", "2026-12-31", "2026-12-31", "2026-12-31T00:00:00.000Z", "2027-01-01T00:00:00.000Z"],
  ])("%s %s…%s", (tz, from, to, gte, lt) => {
    const range = followDateRange(from, to, tz)
    expect(range.gte?.toISOString()).toBe(gte)
    expect(range.lt?.toISOString()).toBe(lt)
  })

  it("either side may be missing", () => {
    expect(followDateRange(undefined, undefined, "UTC")).toEqual({})
    expect(Object.keys(followDateRange("2026-01-01", undefined, "UTC"))).toEqual(["gte"])
  })
})
