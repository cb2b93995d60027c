import {
  CouponTagInfo,
  describeBenefit,
  describeCondition,
  describeValidity,
  escapeHtml,
  renderMessageTags,
} from "../../domain/coupons/message-tags"
import { CouponInput } from "../../../../types/coupons"

type Benefit = Pick<CouponInput, "benefit_type" | "benefit_value" | "currency_code">
type Condition = Pick<CouponInput, "condition_type" | "condition_value" | "currency_code">

const INFO: CouponTagInfo = {
  name: "Winter sale",
  code: "WINTER-10",
  benefit: "¥500 off",
  condition: "Eligible total ¥3,000 or more",
  validity: "2026-12-01 10:00 – 2027-01-31 23:59 (Asia/Tokyo)",
}

describe("the coupon in words (COUPON-36)", () => {
  it.each([
    [{ benefit_type: "fixed_amount", benefit_value: 500, currency_code: "jpy" }, undefined, "¥500 off"],
    [{ benefit_type: "fixed_amount", benefit_value: 9.5, currency_code: "eur" }, undefined, "€9.50 off"],
    [{ benefit_type: "percent", benefit_value: 10, currency_code: "jpy" }, undefined, "10% off"],
    [{ benefit_type: "per_item_amount", benefit_value: 100, currency_code: "jpy" }, undefined, "¥100 off per item"],
    [{ benefit_type: "free_shipping", benefit_value: null, currency_code: "jpy" }, undefined, "Free shipping"],
    [{ benefit_type: "gift_product", benefit_value: null, currency_code: "jpy" }, "Tote bag", "Gift: Tote bag"],
    [{ benefit_type: "gift_product", benefit_value: null, currency_code: "jpy" }, null, "Gift product"],
  ] as [Benefit, string | null | undefined, string][])("COUPON-36 describeBenefit(%p, %p) = %p", (c, gift, text) => {
    expect(describeBenefit(c, gift)).toBe(text)
  })

  it.each([
    [{ condition_type: "none", condition_value: null, currency_code: "jpy" }, "None"],
    [{ condition_type: "min_total", condition_value: 3000, currency_code: "jpy" }, "Eligible total ¥3,000 or more"],
    [{ condition_type: "max_total", condition_value: 3000, currency_code: "jpy" }, "Eligible total ¥3,000 or less"],
    [{ condition_type: "min_unit_price", condition_value: 1000, currency_code: "jpy" }, "Unit price ¥1,000 or more"],
    [{ condition_type: "min_total", condition_value: 49.5, currency_code: "eur" }, "Eligible total €49.50 or more"],
  ] as [Condition, string][])("COUPON-36 describeCondition(%p) = %p", (c, text) => {
    expect(describeCondition(c)).toBe(text)
  })

  it.each([
    [
      "a window in Tokyo",
      { validity_type: "window", starts_at: "2026-12-01T01:00:00.000Z", ends_at: "2027-01-31T14:59:59.999Z" },
      "Asia/Tokyo",
      "2026-12-01 10:00 – 2027-01-31 23:59 (Asia/Tokyo)",
    ],
    [
      "a window in New York (Dates)",
      { validity_type: "window", starts_at: new Date("2026-12-01T15:00:00Z"), ends_at: new Date("2027-01-01T05:00:00Z") },
      "America/New_York",
      "2026-12-01 10:00 – 2027-01-01 00:00 (America/New_York)",
    ],
    [
      "a sent relative code",
      { validity_type: "relative", valid_days: 10, expires_at: "2026-12-11T14:59:59.999Z" },
      "Asia/Tokyo",
      "Until 2026-12-11 23:59 (Asia/Tokyo)",
    ],
    ["a relative coupon before sending", { validity_type: "relative", valid_days: 10 }, "Asia/Tokyo", "10 days from delivery"],
    ["a 1-day relative coupon", { validity_type: "relative", valid_days: 1 }, "UTC", "1 day from delivery"],
  ] as [string, Parameters<typeof describeValidity>[0], string, string][])("COUPON-36 describeValidity: %s", (_label, v, tz, text) => {
    expect(describeValidity(v, tz)).toBe(text)
  })
})

describe("message tags (COUPON-36)", () => {
  it("COUPON-36 {{coupon}} in text: name, code, benefit, condition, validity, one per line", () => {
    expect(renderMessageTags("Hello!\n{{coupon}}\nSee you", { coupon: INFO }, "text")).toBe(
      [
        "Hello!",
        "Coupon: Winter sale",
        "Code: WINTER-10",
        "Benefit: ¥500 off",
        "Condition: Eligible total ¥3,000 or more",
        "Valid: 2026-12-01 10:00 – 2027-01-31 23:59 (Asia/Tokyo)",
        "See you",
      ].join("\n")
    )
  })

  it("COUPON-36 {{coupon}} in html: each line escaped, joined by <br>", () => {
    const coupon: CouponTagInfo = { ...INFO, name: `<b>Tom & Jerry's</b> "sale"` }
    expect(renderMessageTags("<p>{{coupon}}</p>", { coupon }, "html")).toBe(
      "<p>Coupon: &lt;b&gt;Tom &amp; Jerry&#39;s&lt;/b&gt; &quot;sale&quot;<br>Code: WINTER-10<br>Benefit: ¥500 off<br>" +
        "Condition: Eligible total ¥3,000 or more<br>Valid: 2026-12-01 10:00 – 2027-01-31 23:59 (Asia/Tokyo)</p>"
    )
  })

  it("COUPON-36 {{indv_coupon_code}} is the recipient's code with hyphens", () => {
    expect(renderMessageTags("Your code: {{indv_coupon_code}}", { individualCode: "K7QF9X2MHW4D" }, "text")).toBe(
      "Your code: K7QF-9X2M-HW4D"
    )
  })

  it("COUPON-36 an individual coupon's {{coupon}} shows the recipient's code", () => {
    const text = renderMessageTags("{{coupon}}", { coupon: { ...INFO, code: null }, individualCode: "k7qf9x2mhw4d" }, "text")
    expect(text.split("\n")[1]).toBe("Code: K7QF-9X2M-HW4D")
  })

  it("COUPON-36 {{coupon}} without any code has no code line", () => {
    expect(renderMessageTags("{{coupon}}", { coupon: { ...INFO, code: null } }, "text").split("\n")).toHaveLength(4)
  })

  it.each([
    ["{{ coupon }}"],
    ["{{coupon  }}"],
    ["{{\tcoupon\n}}"],
  ])("COUPON-36 whitespace inside the braces is tolerated: %p", (tag) => {
    expect(renderMessageTags(tag, { coupon: INFO }, "text")).toMatch(/^Coupon: Winter sale\n/)
  })

  it.each([
    ["an unknown tag", "Hi {{first_name}}, {{indv_coupon_code}}", "Hi {{first_name}}, K7QF-9X2M-HW4D"],
    ["a differently cased tag", "{{COUPON}}", "{{COUPON}}"],
    ["single braces", "{coupon}", "{coupon}"],
    ["an unclosed tag", "{{coupon", "{{coupon"],
  ])("COUPON-36 %s is left as it is", (_label, template, expected) => {
    expect(renderMessageTags(template, { coupon: INFO, individualCode: "K7QF9X2MHW4D" }, "text")).toBe(expected)
  })

  it("COUPON-36 tags are replaced everywhere they appear", () => {
    expect(renderMessageTags("{{indv_coupon_code}} / {{ indv_coupon_code }}", { individualCode: "K7QF9X2MHW4D" }, "text")).toBe(
      "K7QF-9X2M-HW4D / K7QF-9X2M-HW4D"
    )
  })

  it.each([
    ["{{coupon}}", { individualCode: "K7QF9X2MHW4D" }],
    ["{{indv_coupon_code}}", { coupon: INFO }],
    ["{{indv_coupon_code}}", { coupon: INFO, individualCode: "   " }],
  ])("COUPON-36 %s with nothing to show becomes empty", (template, values) => {
    expect(renderMessageTags(`[${template}]`, values, "html")).toBe("[]")
  })

  it("COUPON-36 substituted values are never expanded again (no injection)", () => {
    const coupon: CouponTagInfo = { ...INFO, name: "{{indv_coupon_code}}", benefit: "{{coupon}}" }
    const text = renderMessageTags("{{coupon}}", { coupon, individualCode: "K7QF9X2MHW4D" }, "text")
    expect(text).toContain("Coupon: {{indv_coupon_code}}")
    expect(text).toContain("Benefit: {{coupon}}")
    expect(text).not.toContain("Coupon: K7QF")
  })

  it("COUPON-36 replacement patterns in values ($&, $1) are inserted literally", () => {
    const coupon: CouponTagInfo = { ...INFO, name: "Save $& $1 $$ $`" }
    expect(renderMessageTags("{{coupon}}", { coupon }, "text")).toContain("Coupon: Save $& $1 $$ $`")
  })

  it("COUPON-36 html mode escapes the individual code too", () => {
    expect(renderMessageTags("{{indv_coupon_code}}", { individualCode: "<script>" }, "html")).not.toContain("<script>")
  })

  it("COUPON-36 the template itself is not escaped (it is the merchant's HTML)", () => {
    expect(renderMessageTags("<b>{{indv_coupon_code}}</b> & more", { individualCode: "K7QF9X2MHW4D" }, "html")).toBe(
      "<b>K7QF-9X2M-HW4D</b> & more"
    )
  })

  it.each([
    ["&", "&amp;"],
    ["<>", "&lt;&gt;"],
    [`"'`, "&quot;&#39;"],
    ["&amp;", "&amp;amp;"],
    ["plain", "plain"],
  ])("COUPON-36 escapeHtml(%p) = %p", (input, output) => {
    expect(escapeHtml(input)).toBe(output)
  })
})
