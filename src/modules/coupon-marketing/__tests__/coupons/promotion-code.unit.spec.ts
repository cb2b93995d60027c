import {
  PROMOTION_LABEL_FALLBACK,
  PROMOTION_LABEL_MAX,
  promotionCodeLabel,
  slugForPromotionCode,
} from "../../domain/coupons/promotion-code"

describe("the readable part of a coupon's promotion code", () => {
  it.each([
    ["VIP ¥500 off", "VIP-500-OFF"],
    ["Welcome 10% off!", "WELCOME-10-OFF"],
    ["  spaced   out  ", "SPACED-OUT"],
    ["Ｆｕｌｌ－ｗｉｄｔｈ ５００", "FULL-WIDTH-500"],
    ["Café crème", "CAFE-CREME"],
    ["¥200 off ¥2,000 for 200 points", "200-OFF-2-000-FOR-200-POINTS"],
    ["新規会員クーポン", PROMOTION_LABEL_FALLBACK],
    ["", PROMOTION_LABEL_FALLBACK],
  ])("slug of %j is %j", (name, slug) => {
    expect(slugForPromotionCode(name)).toBe(slug)
  })

  it("cuts long names to 30 characters without a trailing hyphen", () => {
    const slug = slugForPromotionCode("A very long coupon name for the year-end sale of 2026")
    expect(slug.length).toBeLessThanOrEqual(PROMOTION_LABEL_MAX)
    expect(slug).toBe("A-VERY-LONG-COUPON-NAME-FOR-TH")
    expect(slugForPromotionCode("abcdefghijklmnopqrstuvwxyz123 4567")).toBe("ABCDEFGHIJKLMNOPQRSTUVWXYZ123")
  })

  it("uses the fixed code for fixed coupons, the name's slug otherwise", () => {
    expect(promotionCodeLabel({ code_mode: "fixed", code: "WELCOME10", name: "Welcome" })).toBe("WELCOME10")
    expect(promotionCodeLabel({ code_mode: "fixed", code: "NEW_MEMBER-2026", name: "x" })).toBe("NEW_MEMBER-2026")
    expect(promotionCodeLabel({ code_mode: "individual", code: null, name: "VIP ¥500 off" })).toBe("VIP-500-OFF")
    expect(promotionCodeLabel({ code_mode: "fixed", code: null, name: "No code yet" })).toBe("NO-CODE-YET")
  })
})
