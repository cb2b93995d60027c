import { afterAll, beforeAll, describe, expect, it } from "@jest/globals"
import { Browser, BrowserContext, Page } from "playwright-core"
import { CouponSettingsPage } from "./pages/coupon-settings-page"
import { adminContext, launch, screenshot } from "./support/browser"

describe("Coupon marketing → Coupon settings in the admin (COUPON-1)", () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    browser = await launch()
    context = await adminContext(browser)
    page = await context.newPage()
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
  })

  it("changes the guide text, saves, and finds it kept after a reload", async () => {
    const settings = new CouponSettingsPage(page)
    await settings.openFromSidebar()
    const text = `Only one coupon per order. (${Date.now()})`
    await settings.guideText.fill(text)
    await settings.save.click()
    await settings.toast("Coupon settings saved").waitFor({ timeout: 30000 })
    await screenshot(page, "settings-saved")

    await settings.reload()
    expect(await settings.guideText.inputValue()).toBe(text)
    await screenshot(page, "settings-after-reload")
  })

  it("is 'Coupon settings' in the sidebar (one 'Settings' only: Medusa's) and shows the store's time zone and earliest coupon start", async () => {
    const settings = new CouponSettingsPage(page)
    await settings.openFromSidebar()
    expect(await settings.sidebarItems("Coupon settings").count()).toBeGreaterThan(0)
    await settings.breadcrumbs.waitFor({ timeout: 30000 })
    expect((await settings.breadcrumbs.textContent())?.replace(/\.\.\./g, "")).toBe("Coupon marketingCoupon settings")
    expect(await settings.sidebarItems("Settings").count()).toBeLessThanOrEqual(1)
    expect(await settings.fact("settings_timezone").textContent()).toBe("Asia/Tokyo")
    expect(await settings.fact("settings_min_start").textContent()).toBe("in 1 hour")
    await settings.fact("settings_updated_at").getByText(/\(Asia\/Tokyo\)$|^Never/).waitFor()
    await settings.fact("settings_updated_at").scrollIntoViewIfNeeded()
    await screenshot(page, "settings-store-facts")
  })

  it("shows the error for a guide text over 5,000 characters and does not save it", async () => {
    const settings = new CouponSettingsPage(page)
    await settings.openFromSidebar()
    const before = await settings.guideText.inputValue()
    await settings.guideText.fill("x".repeat(5001))
    await settings.guideTextError.getByText(/at most 5,000 characters/).waitFor({ timeout: 10000 })
    expect(await settings.guideText.getAttribute("aria-invalid")).toBe("true")
    await settings.save.click()
    await settings.toast("Please correct the highlighted field.").waitFor({ timeout: 10000 })
    await screenshot(page, "settings-too-long")

    await settings.reload()
    expect(await settings.guideText.inputValue()).toBe(before)
  })

  it("rewrites the coupon push's subject and intro with tags, previews the email, saves; shows the channels", async () => {
    const settings = new CouponSettingsPage(page)
    await settings.openFromSidebar()
    const subject = settings.messageField("coupon_push_subject")
    const intro = settings.messageField("coupon_push_intro")
    // The plugin's own texts are the placeholders; the tags are explained.
    expect(await subject.getAttribute("placeholder")).toBe("A new shop coupon has been issued!")
    expect(await settings.messageField("email_verification_subject").getAttribute("placeholder")).toBe("Confirm your email address")
    const tags = (await page.getByTestId("message_tags").textContent()) ?? ""
    for (const tag of ["{{coupon}}", "{{indv_coupon_code}}", "{{store_name}}", "{{first_name}}"]) expect(tags).toContain(tag)

    const run = Date.now().toString(36)
    await subject.fill(`{{first_name}}, a winter coupon from {{store_name}} (${run})`)
    await intro.fill("Thank you for following us.\n\nYour code: {{indv_coupon_code}}")
    await settings.message("coupon-push").getByRole("button", { name: "Preview" }).click()
    const shownSubject = page.getByTestId("preview_coupon-push_subject")
    await shownSubject.waitFor({ timeout: 30000 })
    expect(await shownSubject.textContent()).toMatch(new RegExp(`^Hanako, a winter coupon from .+ \\(${run}\\)$`))
    const frame = settings.previewFrame("coupon-push")
    await frame.getByText("Thank you for following us.").waitFor({ timeout: 30000 })
    await frame.getByText("Your code: K7QF-9X2M-HW4D").waitFor()

    // Too long: refused inline, naming the message.
    await settings.messageField("exchange_reminder_subject").fill("x".repeat(201))
    await page.getByText(/exchanged coupon reminder subject must be at most 200 characters/).waitFor({ timeout: 10000 })
    await settings.messageField("exchange_reminder_subject").fill("")

    // The channels the store has Notification providers for (the e2e store: `local` on feed;
    // email by the SMTP provider when SMTP_HOST is set for the run; nothing on push).
    const channels = settings.fact("settings_channels")
    expect(await settings.fact("channel_feed").textContent()).toBe("In-app:sent by local")
    expect(await settings.fact("channel_push").textContent()).toBe("Mobile push:no provider — push messages are skipped")
    expect(await settings.fact("channel_email").textContent()).toMatch(/^Email:(sent by smtp|no provider — emails are skipped)$/)

    await settings.save.click()
    await settings.toast("Coupon settings saved").waitFor({ timeout: 30000 })
    await settings.reload()
    expect(await subject.inputValue()).toBe(`{{first_name}}, a winter coupon from {{store_name}} (${run})`)
    await settings.message("coupon-push").getByRole("button", { name: "Preview" }).click()
    await settings.previewFrame("coupon-push").getByText("Your code: K7QF-9X2M-HW4D").waitFor({ timeout: 30000 })
    // One tall shot with the message texts, the preview and the channels (the admin scrolls
    // inside its main area, so a full-page shot is the viewport). Copied to docs/screenshots/ by
    // hand: a file written into the repository while the throw-away store runs `medusa develop`
    // restarts it (and ends the admin's session).
    const viewport = page.viewportSize()
    await page.setViewportSize({ width: 1440, height: 3000 })
    await page.getByRole("heading", { name: "Message texts" }).scrollIntoViewIfNeeded()
    await channels.waitFor()
    await screenshot(page, "settings-messages")
    if (viewport) await page.setViewportSize(viewport)

    // Back to the plugin's texts, for the other runs.
    await subject.fill("")
    await intro.fill("")
    await settings.save.click()
    await settings.toast("Coupon settings saved").waitFor({ timeout: 30000 })
  })

  // Last: it leaves the browser on the plugin's home.
  it("the plugin's home links every page: coupons, points, settings, followers, pushes and the membership gift", async () => {
    const settings = new CouponSettingsPage(page)
    await settings.openFromSidebar()
    await settings.breadcrumbs.getByRole("link", { name: "Coupon marketing", exact: true }).click()
    const main = page.getByRole("main")
    await main.getByRole("heading", { name: "Coupon marketing" }).waitFor({ timeout: 60000 })
    const links = await main.getByRole("link").allTextContents()
    expect(links).toHaveLength(6)
    ;["Coupons", "Points", "Coupon settings", "Followers", "Pushes", "Membership gift"].forEach((title, i) => expect(links[i].startsWith(title)).toBe(true))
    expect(links[5]).toContain("granted once to every new member")
    await screenshot(page, "coupon-marketing-home")
  })
})
