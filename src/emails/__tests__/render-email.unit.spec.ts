import { EMAIL_DEFAULT_TEXTS, emailCoupon, expandEmailText, isEmailTemplate, renderEmail, resolveEmailTemplate } from "../index"

const store = { store_name: "Sakura Select", store_url: "https://shop.example.com" }
const unsubscribe_url = "https://shop.example.com/unsubscribe?token=abc.def"
const coupon = {
  name: "Winter sale",
  code: null,
  benefit: "¥500 off",
  condition: "Eligible total ¥3,000 or more",
  validity: "2026-12-01 10:00 – 2027-01-31 23:59 (Asia/Tokyo)",
}

describe("renderEmail", () => {
  it("coupon-push: HTML and text carry the store, the coupon block with the recipient's code, the unsubscribe link; SPEC subject", async () => {
    const mail = await renderEmail("coupon-push", {
      ...store, unsubscribe_url, first_name: "Hana", coupon, indv_coupon_code: "K7QF9X2MHW4D",
      best_items: [
        { title: "Matcha set", url: "https://shop.example.com/products/matcha", image_url: "https://cdn.example.com/matcha.jpg", price: "¥1,980" },
        { title: "Tea cup", price: "¥2,400" },
        { title: "Kettle", price: "¥6,800" },
      ],
      banner: { image_url: "https://cdn.example.com/banner.jpg", link_url: "https://shop.example.com/sale", alt: "Winter sale" },
    })
    expect(mail.subject).toBe("A new shop coupon has been issued!")
    for (const part of [mail.html, mail.text]) {
      expect(part).toContain("Sakura Select")
      expect(part).toContain("K7QF-9X2M-HW4D")
      expect(part).toContain("Winter sale")
      expect(part).toContain("¥500 off")
      expect(part).toContain("Eligible total ¥3,000 or more")
      expect(part).toContain("2027-01-31 23:59 (Asia/Tokyo)")
      expect(part).toContain("Matcha set")
      expect(part).toContain("¥6,800")
      expect(part).toContain("Hello Hana,")
    }
    expect(mail.html).toContain(`href="${unsubscribe_url}"`)
    expect(mail.text).toContain(unsubscribe_url)
    expect(mail.html).toContain('src="https://cdn.example.com/banner.jpg"')
    expect(mail.html).toContain('href="https://shop.example.com/products/matcha"')
    expect(mail.html).toMatch(/^<!DOCTYPE html/)
    // The default intro names the store.
    expect(mail.text).toContain("Sakura Select has issued a coupon for you.")
  })

  it("coupon-push: a fixed code shows instead of an individual one; no best items, no banner: no block", async () => {
    const mail = await renderEmail("coupon-push", { ...store, unsubscribe_url, coupon: { ...coupon, code: "WELCOME10" } })
    expect(mail.html).toContain("WELCOME10")
    expect(mail.text).toContain("WELCOME10")
    expect(mail.text).not.toContain("Best items")
    expect(mail.html).not.toContain("<img")
  })

  it("coupon-push without an unsubscribe link is refused (PUSH-2), naming the field", async () => {
    await expect(renderEmail("coupon-push", { ...store, coupon })).rejects.toThrow(/Email "coupon-push" cannot be rendered: unsubscribe_url: is required/)
    await expect(renderEmail("coupon-push", { ...store, coupon, unsubscribe_url: "javascript:alert(1)" })).rejects.toThrow(/unsubscribe_url: /)
  })

  it("exchange-reminder: the expiry line, the code and the unsubscribe footer", async () => {
    const mail = await renderEmail("coupon-marketing-exchange-reminder", {
      ...store, unsubscribe_url, title: "Your coupon expires soon", code: "K7QF-9X2M-HW4D", amount: "¥55", expires_at: "2026-12-11 23:59 (Asia/Tokyo)",
    })
    expect(mail.subject).toBe("Your coupon expires soon")
    for (const part of [mail.html, mail.text]) {
      expect(part).toContain("Sakura Select")
      expect(part).toContain("Your ¥55 coupon expires on 2026-12-11 23:59 (Asia/Tokyo).")
      expect(part).toContain("K7QF-9X2M-HW4D")
      expect(part).toContain("¥55 off")
    }
    expect(mail.text).toContain(unsubscribe_url)
    expect(mail.html).toContain(`href="${unsubscribe_url}"`)
  })

  it("email-verification: the verify link in both parts; no unsubscribe line when none is given", async () => {
    const verify_url = "https://shop.example.com/verify?token=t0k.en"
    const mail = await renderEmail("email-verification", { ...store, verify_url, expires_at: "2026-12-03 15:30 (Asia/Tokyo)" })
    expect(mail.subject).toBe("Confirm your email address")
    expect(mail.html).toContain(`href="${verify_url}"`)
    expect(mail.text).toContain(verify_url)
    expect(mail.text).toContain("Sakura Select")
    expect(mail.text).toContain("expires on 2026-12-03 15:30 (Asia/Tokyo)")
    expect(mail.text).not.toContain("Unsubscribe")
    await expect(renderEmail("email-verification", store)).rejects.toThrow(/verify_url: is required/)
  })

  it("membership-gift (GIFT-5): the welcome email names every prize, the member's own code, the activity; no prizes is refused", async () => {
    const mail = await renderEmail("coupon-marketing-membership-gift", {
      ...store, first_name: "Nana", activity_name: "Welcome",
      prizes: [
        { title: "500 points", description: null },
        { title: "¥300 off", description: "Welcome coupon · valid 30 days after you join", code: "K7QF-9X2M-HW4D" },
        { title: "¥1,000 store credit" },
      ],
    })
    expect(mail.subject).toBe("Welcome to Sakura Select! Your sign-up gift is here")
    for (const part of [mail.html, mail.text]) {
      for (const words of ["Hello Nana,", "500 points", "¥300 off", "valid 30 days after you join", "K7QF-9X2M-HW4D", "¥1,000 store credit", "Sign-up gift: Welcome", "Sakura Select"]) {
        expect(part).toContain(words)
      }
    }
    expect(mail.html).toMatch(/^<!DOCTYPE html/)
    await expect(renderEmail("membership-gift", { ...store, prizes: [] })).rejects.toThrow(/prizes/)
  })

  it("the merchant's subject and intro override the plugin's, with tags; empty overrides fall back", async () => {
    const mail = await renderEmail(
      "coupon-push",
      { ...store, unsubscribe_url, first_name: "Hana", coupon, indv_coupon_code: "k7qf9x2mhw4d" },
      { subject: "{{first_name}}, {{store_name}} has a gift: {{coupon}}", intro: "Your code is {{indv_coupon_code}}.\nSee you soon!" }
    )
    expect(mail.subject).toBe(
      "Hana, Sakura Select has a gift: Coupon: Winter sale Code: K7QF-9X2M-HW4D Benefit: ¥500 off Condition: Eligible total ¥3,000 or more Valid: 2026-12-01 10:00 – 2027-01-31 23:59 (Asia/Tokyo)"
    )
    expect(mail.text).toContain("Your code is K7QF-9X2M-HW4D.")
    expect(mail.text).toContain("See you soon!")
    expect(mail.text).not.toContain("has issued a coupon for you")
    const fallback = await renderEmail("exchange-reminder", { ...store, code: "ABCD-EFGH-JKLM", amount: "¥55", expires_at: "2026-12-11 23:59 (Asia/Tokyo)" }, { subject: "  ", intro: null })
    expect(fallback.subject).toBe(EMAIL_DEFAULT_TEXTS["exchange-reminder"].subject)
    expect(fallback.text).toContain(EMAIL_DEFAULT_TEXTS["exchange-reminder"].intro)
  })

  it("escapes what customers and merchants type: first name, coupon name, intro override", async () => {
    const mail = await renderEmail(
      "coupon-push",
      { ...store, unsubscribe_url, first_name: '<script>alert("x")</script>', coupon: { ...coupon, name: "<b>Bold</b> & co" } },
      { intro: '<img src=x onerror="alert(1)"> {{coupon}}' }
    )
    expect(mail.html).not.toContain("<script>")
    expect(mail.html).not.toContain("<b>Bold</b>")
    expect(mail.html).not.toContain("<img src=x")
    expect(mail.html).toContain("&lt;script&gt;")
    expect(mail.html).toContain("&lt;b&gt;Bold&lt;/b&gt; &amp; co")
    expect(mail.html).toContain("&lt;img src=x")
    // The text part carries them as typed (it is not HTML).
    expect(mail.text).toContain('<script>alert("x")</script>')
  })

  it("tags: unknown ones stay, inserted values are not expanded again; unknown templates are refused", async () => {
    expect(expandEmailText("{{store_name}} {{nope}}", { store_name: "{{first_name}}", first_name: "Hana" })).toBe("{{first_name}} {{nope}}")
    expect(resolveEmailTemplate("coupon-marketing-coupon-push")).toBe("coupon-push")
    expect(isEmailTemplate("t")).toBe(false)
    await expect(renderEmail("newsletter", store)).rejects.toThrow('Unknown email template "newsletter"')
  })
})

describe("emailCoupon (COUPON-36 from a plugin coupon)", () => {
  const base = {
    name: "Winter sale", code_mode: "fixed" as const, code: "WINTER500", benefit_type: "fixed_amount" as const, benefit_value: 500, currency_code: "jpy",
    condition_type: "min_total" as const, condition_value: 3000, validity_type: "window" as const,
    starts_at: "2026-12-01T01:00:00Z", ends_at: "2027-01-31T14:59:59Z", valid_days: null,
  }
  it.each([
    [{}, { code: "WINTER500", benefit: "¥500 off", condition: "Eligible total ¥3,000 or more", validity: "2026-12-01 10:00 – 2027-01-31 23:59 (Asia/Tokyo)" }],
    [{ code_mode: "individual" as const, code: null }, { code: null }],
    [{ benefit_type: "percent" as const, benefit_value: 10, condition_type: "none" as const }, { benefit: "10% off", condition: "None" }],
    [{ currency_code: "eur", benefit_value: 5.5, condition_value: 30 }, { benefit: "€5.50 off", condition: "Eligible total €30.00 or more" }],
    [{ validity_type: "relative" as const, valid_days: 10, starts_at: null, ends_at: null }, { validity: "10 days from delivery" }],
  ])("%j → %j", async (change, expected) => {
    const info = emailCoupon({ ...base, ...change }, "Asia/Tokyo")
    expect(info).toMatchObject(expected)
    // It renders: the block shows what the coupon says.
    const mail = await renderEmail("coupon-push", { ...store, unsubscribe_url, coupon: info, indv_coupon_code: "K7QF9X2MHW4D" })
    expect(mail.text).toContain(info.benefit)
    expect(mail.text).toContain(info.code ?? "K7QF-9X2M-HW4D")
  })
  it("a relative-validity coupon sent: valid until its end in the store's time zone", () => {
    const info = emailCoupon({ ...base, validity_type: "relative", valid_days: 10, starts_at: null, ends_at: null }, "Asia/Tokyo", { expires_at: "2026-12-11T14:59:59Z" })
    expect(info.validity).toBe("Until 2026-12-11 23:59 (Asia/Tokyo)")
  })
})
