import { response, type SuiteContext } from "../../helpers/suite"
import { createPublishableKey, loginAsAdmin } from "../../helpers/auth"
import { createTestStore, loginAsCustomer } from "../../helpers/store"

type ProviderState = {
  sent: Array<{ to: string; channel: string; template: string; data: Record<string, unknown>; content?: { subject?: string; html?: string; text?: string } }>
  attempts: number
  failNext: number
}
/** The test app's `email` provider (integration-tests/app/providers/test-notification). */
const provider = () => (global as unknown as { __couponMarketingTestNotifications: ProviderState }).__couponMarketingTestNotifications

const NO_MESSAGE_TEXTS = {
  email_verification_subject: "",
  email_verification_intro: "",
  coupon_push_subject: "",
  coupon_push_intro: "",
  exchange_reminder_subject: "",
  exchange_reminder_intro: "",
}

const DEFAULTS = {
  show_code_form: true,
  code_form_position: "above_checkout",
  guide_text: "",
  show_my_coupons: true,
  points_basis: "after_discount",
  ...NO_MESSAGE_TEXTS,
}


export function settingsSuite({ api, getContainer }: SuiteContext) {
  describe("settings", () => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }

    beforeEach(async () => {
      admin = await loginAsAdmin(getContainer(), api)
      store = await createPublishableKey(getContainer())
    })

    describe("GET/POST /admin/coupon-marketing/settings", () => {
      it("COUPON-1 answers the defaults before the first save", async () => {
        const res = await api.get("/admin/coupon-marketing/settings", admin)
        expect(res.status).toBe(200)
        expect(res.data.settings).toEqual({ ...DEFAULTS, updated_at: null })
      })

      it("answers the store's time zone and the earliest coupon start from the plugin options", async () => {
        const res = await api.get("/admin/coupon-marketing/settings", admin)
        // integration-tests/app/medusa-config.js: timezone Asia/Tokyo, coupons.min_start_lead_minutes left at its default.
        expect(res.data).toMatchObject({ timezone: "Asia/Tokyo", min_start_lead_minutes: 60 })
      })

      it("COUPON-1/2/3 saves, answers the whole record and keeps it", async () => {
        const body = {
          show_code_form: true,
          code_form_position: "below_checkout",
          guide_text: "クーポンは1注文につき1枚までご利用いただけます。",
          show_my_coupons: false,
          points_basis: "before_discount",
        }
        const res = await api.post("/admin/coupon-marketing/settings", body, admin)
        expect(res.status).toBe(200)
        expect(res.data.settings).toMatchObject(body)
        expect(res.data.settings.updated_at).toBeTruthy()

        const again = await api.get("/admin/coupon-marketing/settings", admin)
        expect(again.data.settings).toEqual(res.data.settings)
      })

      it("a partial update keeps the other fields", async () => {
        await api.post("/admin/coupon-marketing/settings", { guide_text: "First" }, admin)
        const res = await api.post("/admin/coupon-marketing/settings", { show_my_coupons: false }, admin)
        expect(res.data.settings).toMatchObject({ ...DEFAULTS, guide_text: "First", show_my_coupons: false })
      })

      it("COUPON-1 accepts a guide text of exactly 5,000 characters", async () => {
        const res = await api.post("/admin/coupon-marketing/settings", { guide_text: "あ".repeat(5000) }, admin)
        expect(res.status).toBe(200)
        expect(res.data.settings.guide_text).toHaveLength(5000)
      })

      it("COUPON-1 refuses a guide text over 5,000 characters with 400 naming guide_text, and saves nothing", async () => {
        const res = await response(
          api.post("/admin/coupon-marketing/settings", { guide_text: "x".repeat(5001), show_my_coupons: false }, admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.type).toBe("invalid_data")
        expect(res.data.message).toContain("guide_text")
        const after = await api.get("/admin/coupon-marketing/settings", admin)
        expect(after.data.settings).toEqual({ ...DEFAULTS, updated_at: null })
      })

      it.each([
        [{ code_form_position: "sideways" }, "code_form_position"],
        [{ show_code_form: "yes" }, "show_code_form"],
        [{ points_basis: "never" }, "points_basis"],
        [{ guide_text: 42 }, "guide_text"],
        [{ colour: "red" }, "colour"],
      ])("refuses %j with 400 naming %s", async (body, field) => {
        const res = await response(api.post("/admin/coupon-marketing/settings", body, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(field)
      })

      it("answers 401 without an admin", async () => {
        const get = await response(api.get("/admin/coupon-marketing/settings"))
        expect(get.status).toBe(401)
        const post = await response(api.post("/admin/coupon-marketing/settings", { guide_text: "x" }))
        expect(post.status).toBe(401)
        const withStoreKeyOnly = await response(api.get("/admin/coupon-marketing/settings", store))
        expect(withStoreKeyOnly.status).toBe(401)
      })

      it("20 simultaneous saves all succeed and leave one consistent record", async () => {
        const texts = Array.from({ length: 20 }, (_, i) => `Guide ${i}`)
        const results = await Promise.all(
          texts.map((guide_text) => api.post("/admin/coupon-marketing/settings", { guide_text }, admin))
        )
        expect(results.map((r) => r.status)).toEqual(texts.map(() => 200))
        const final = await api.get("/admin/coupon-marketing/settings", admin)
        expect(texts).toContain(final.data.settings.guide_text)
      })
    })

    describe("message texts (issue 11 item 4)", () => {
      it("answers the plugin's own texts as defaults, saves the merchant's and keeps the others", async () => {
        const get = await api.get("/admin/coupon-marketing/settings", admin)
        expect(get.data.message_defaults).toEqual({
          "email-verification": { subject: "Confirm your email address", intro: expect.stringContaining("{{store_name}}") },
          "coupon-push": { subject: expect.any(String), intro: expect.any(String) },
          "exchange-reminder": { subject: "Your coupon expires soon", intro: expect.any(String) },
        })
        const texts = {
          email_verification_subject: "{{first_name}}さん、メールアドレスの確認をお願いします",
          coupon_push_intro: "{{store_name}}からクーポンのお知らせです。\n\n{{coupon}}",
        }
        const res = await api.post("/admin/coupon-marketing/settings", texts, admin)
        expect(res.status).toBe(200)
        expect(res.data.settings).toMatchObject({ ...DEFAULTS, ...texts })
        await api.post("/admin/coupon-marketing/settings", { guide_text: "x" }, admin)
        const again = await api.get("/admin/coupon-marketing/settings", admin)
        expect(again.data.settings).toMatchObject({ ...texts, guide_text: "x", exchange_reminder_subject: "" })
        // Back to the plugin's own text.
        const cleared = await api.post("/admin/coupon-marketing/settings", { email_verification_subject: "" }, admin)
        expect(cleared.data.settings.email_verification_subject).toBe("")
      })

      it("accepts a subject of exactly 200 characters and an intro of exactly 5,000", async () => {
        const res = await api.post("/admin/coupon-marketing/settings", { coupon_push_subject: "あ".repeat(200), coupon_push_intro: "い".repeat(5000) }, admin)
        expect(res.status).toBe(200)
        expect(res.data.settings.coupon_push_subject).toHaveLength(200)
        expect(res.data.settings.coupon_push_intro).toHaveLength(5000)
      })

      it.each([
        [{ coupon_push_subject: "x".repeat(201) }, "coupon_push_subject"],
        [{ exchange_reminder_intro: "x".repeat(5001) }, "exchange_reminder_intro"],
        [{ email_verification_subject: "Line one\nBcc: someone@example.com" }, "email_verification_subject"],
        [{ email_verification_intro: "Hello\u0000" }, "email_verification_intro"],
        [{ coupon_push_subject: "Hi\u0000" }, "coupon_push_subject"],
        [{ coupon_push_intro: 5 }, "coupon_push_intro"],
        [{ exchange_reminder_subject: null }, "exchange_reminder_subject"],
      ])("refuses %j with 400 naming %s, and saves nothing", async (body, field) => {
        const res = await response(api.post("/admin/coupon-marketing/settings", { ...body, guide_text: "not saved" }, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(field)
        const after = await api.get("/admin/coupon-marketing/settings", admin)
        expect(after.data.settings).toEqual({ ...DEFAULTS, updated_at: null })
      })

      it("the merchant's subject and intro reach the email the pipeline sends; an empty text is the plugin's own", async () => {
        const testStore = await createTestStore(getContainer())
        Object.assign(provider(), { sent: [], attempts: 0, failNext: 0 })
        await api.post(
          "/admin/coupon-marketing/settings",
          {
            email_verification_subject: "{{store_name}}: {{first_name}}, one click to get our coupons",
            email_verification_intro: "Dear {{first_name}},\n\nconfirm <b>this</b> address and {{store_name}} sends you its coupons.",
          },
          admin
        )
        const shopper = await loginAsCustomer(api, testStore, "texts@example.com")
        await getContainer().resolve("customer").updateCustomers(shopper.customerId, { first_name: "Hanako" })
        const [{ name: storeName }] = await getContainer().resolve("store").listStores({}, { select: ["name"] })
        const { sendDueDeliveriesWorkflow } = await import("../../../src/workflows/deliveries")

        expect((await api.post("/store/coupon-marketing/email-verification", {}, shopper)).status).toBe(202)
        await sendDueDeliveriesWorkflow(getContainer()).run({ input: { purposes: ["email_verification"] } })
        const mail = provider().sent.filter((m) => m.template === "email-verification").pop()!
        expect(mail.to).toBe("texts@example.com")
        expect(mail.content?.subject).toBe(`${storeName}: Hanako, one click to get our coupons`)
        expect(mail.content?.text).toContain(`confirm <b>this</b> address and ${storeName} sends you its coupons.`)
        expect(mail.content?.text).toContain("Dear Hanako,")
        // The merchant's text is text, never markup.
        expect(mail.content?.html).toContain("confirm &lt;b&gt;this&lt;/b&gt; address")
        expect(mail.content?.html).not.toContain("<b>this</b>")
        // The link's expiry in words, in the store's time zone: never an ISO instant.
        expect(mail.content?.text).toMatch(/expires on \d{4}-\d{2}-\d{2} \d{2}:\d{2} \(Asia\/Tokyo\)\./)
        expect(mail.content?.text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/)

        // Cleared: the plugin's own subject again.
        await api.post("/admin/coupon-marketing/settings", { email_verification_subject: "", email_verification_intro: "" }, admin)
        expect((await api.post("/store/coupon-marketing/email-verification", {}, shopper)).status).toBe(202)
        await sendDueDeliveriesWorkflow(getContainer()).run({ input: { purposes: ["email_verification"] } })
        const second = provider().sent.filter((m) => m.template === "email-verification").pop()!
        expect(second.content?.subject).toBe("Confirm your email address")
        expect(second.content?.text).toContain(`so that ${storeName} can send you coupons and offers.`)
      })

      it("previews a message for a sample recipient with unsaved texts, the saved ones, or the defaults", async () => {
        const [{ name: storeName }] = await getContainer().resolve("store").listStores({}, { select: ["name"] })
        const typed = await api.post(
          "/admin/coupon-marketing/settings/message-preview",
          { type: "coupon-push", subject: "{{first_name}}, a coupon from {{store_name}}", intro: "Your code: {{indv_coupon_code}}\n\n{{coupon}}" },
          admin
        )
        expect(typed.status).toBe(200)
        expect(typed.data.subject).toBe(`Hanako, a coupon from ${storeName}`)
        expect(typed.data.html).toMatch(/^<!DOCTYPE html/)
        expect(typed.data.text).toContain("Your code: K7QF-9X2M-HW4D")
        expect(typed.data.text).toContain("Winter sale")
        expect(typed.data.text).toContain("unsubscribe")
        // Nothing was saved.
        expect((await api.get("/admin/coupon-marketing/settings", admin)).data.settings.coupon_push_subject).toBe("")

        await api.post("/admin/coupon-marketing/settings", { exchange_reminder_subject: "Use {{indv_coupon_code}} soon" }, admin)
        const saved = await api.post("/admin/coupon-marketing/settings/message-preview", { type: "exchange-reminder" }, admin)
        expect(saved.data.subject).toBe("Use K7QF-9X2M-HW4D soon")
        const defaults = await api.post("/admin/coupon-marketing/settings/message-preview", { type: "email-verification", subject: "", intro: "" }, admin)
        expect(defaults.data.subject).toBe("Confirm your email address")
        expect(defaults.data.text).toContain("Verify my email")
      })

      it.each([
        [{ type: "sms" }, "type"],
        [{}, "type"],
        [{ type: "coupon-push", subject: "x".repeat(201) }, "subject"],
        [{ type: "coupon-push", intro: "a\u0000" }, "intro"],
        [{ type: "coupon-push", colour: "red" }, "colour"],
      ])("the preview refuses %j with 400 naming %s", async (body, field) => {
        const res = await response(api.post("/admin/coupon-marketing/settings/message-preview", body, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(field)
      })

      it("the preview answers 401 without an admin", async () => {
        const res = await response(api.post("/admin/coupon-marketing/settings/message-preview", { type: "coupon-push" }))
        expect(res.status).toBe(401)
      })
    })

    describe("channels (issue 11 item 7)", () => {
      it("answers the Notification provider of each channel, from the Notification Module", async () => {
        const res = await api.get("/admin/coupon-marketing/settings", admin)
        // integration-tests/app/medusa-config.js: `local` on feed, `test` on email, nothing on push.
        expect(res.data.channels).toEqual([
          { channel: "email", label: "Email", provider: "test", without_provider: "emails are skipped" },
          { channel: "feed", label: "In-app", provider: "local", without_provider: "in-app messages are skipped" },
          { channel: "push", label: "Mobile push", provider: null, without_provider: "push messages are skipped" },
        ])
      })
    })

    describe("GET /store/coupon-marketing/settings", () => {
      it("COUPON-1/COUPON-2 answers the storefront settings with a publishable key", async () => {
        await api.post(
          "/admin/coupon-marketing/settings",
          { guide_text: "Enter your code", code_form_position: "below_checkout", show_my_coupons: false },
          admin
        )
        const res = await api.get("/store/coupon-marketing/settings", store)
        expect(res.status).toBe(200)
        expect(res.data.settings).toEqual({
          show_code_form: true,
          code_form_position: "below_checkout",
          guide_text: "Enter your code",
          show_my_coupons: false,
          timezone: "Asia/Tokyo",
        })
      })

      it("COUPON-1 a hidden code form shows no guide text", async () => {
        await api.post("/admin/coupon-marketing/settings", { show_code_form: false, guide_text: "x" }, admin)
        const res = await api.get("/store/coupon-marketing/settings", store)
        expect(res.data.settings).toMatchObject({ show_code_form: false, guide_text: "" })
      })

      it("answers 400 without a publishable key", async () => {
        const res = await response(api.get("/store/coupon-marketing/settings"))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/publishable/i)
      })
    })
  })
}
