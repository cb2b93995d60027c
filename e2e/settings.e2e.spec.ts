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

  // Last: it leaves the browser on the plugin's home.
  it("the plugin's home lists only what exists (no pushes or gifts promised)", async () => {
    const settings = new CouponSettingsPage(page)
    await settings.openFromSidebar()
    await settings.breadcrumbs.getByRole("link", { name: "Coupon marketing", exact: true }).click()
    const main = page.getByRole("main")
    await main.getByRole("heading", { name: "Coupon marketing" }).waitFor({ timeout: 60000 })
    const links = await main.getByRole("link").allTextContents()
    expect(links).toHaveLength(4)
    ;["Coupons", "Points", "Coupon settings", "Followers"].forEach((title, i) => expect(links[i].startsWith(title)).toBe(true))
    const text = (await main.textContent()) ?? ""
    expect(text).not.toMatch(/push|gift/i)
    await screenshot(page, "coupon-marketing-home")
  })
})
