import { afterAll, beforeAll, describe, expect, it } from "@jest/globals"
import { Browser, BrowserContext, Page } from "playwright-core"
import { FollowersPage } from "./pages/followers-page"
import { AdminApi, eventually } from "./support/admin-api"
import { adminContext, launch, screenshot } from "./support/browser"
import { Shopper, createShop } from "./support/shop"

describe("Coupon marketing → Followers in the admin (PUSH-1, PUSH-2)", () => {
  const run = Date.now().toString(36)
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let api: AdminApi
  const shoppers: Shopper[] = []

  beforeAll(async () => {
    browser = await launch()
    context = await adminContext(browser)
    page = await context.newPage()
    api = await AdminApi.login(context.request)
    const shop = await createShop(api, await api.defaultCurrency(), `followers-${run}`)
    for (const name of ["hana", "ken", "yui"]) {
      shoppers.push(await Shopper.register(context.request, shop, `${name}.${run}@example.com`))
    }
    // Hana and Ken follow; Ken turns coupon email off; Yui does not follow.
    await shoppers[0].post("/store/coupon-marketing/me/follow")
    await shoppers[1].post("/store/coupon-marketing/me/follow")
    await shoppers[1].post("/store/coupon-marketing/me/preferences", { email: false })
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
  })

  it("lists the followers with their consent, searches, filters by follow date, exports CSV; the landing page links to it", async () => {
    const followers = new FollowersPage(page)
    await followers.openFromSidebar()
    await followers.search.fill(run)
    await followers.filteredCount.waitFor({ timeout: 30000 })
    await eventually(() => followers.count.textContent(), (t) => t === "2")
    await followers.row(`hana.${run}@example.com`).waitFor()
    expect(await followers.row(`yui.${run}@example.com`).count()).toBe(0)
    const ken = followers.row(`ken.${run}@example.com`)
    expect(await ken.getByLabel("Coupon email: off").count()).toBe(1)
    expect(await ken.getByText("Not verified").count()).toBe(1)
    expect(await followers.row(`hana.${run}@example.com`).getByLabel("Coupon email: on").count()).toBe(1)
    expect(await page.getByTestId("store-time-zone").textContent()).toMatch(/store's time zone/)
    await screenshot(page, "followers")

    const href = await followers.exportCsv.getAttribute("href")
    expect(href).toContain("/admin/coupon-marketing/followers/export.csv")
    expect(href).toContain(`q=${run}`)
    const csv = await context.request.get(new URL(href!, page.url()).toString())
    expect(csv.status()).toBe(200)
    const text = await csv.text()
    expect(text).toContain(`hana.${run}@example.com`)
    expect(text).not.toContain(`yui.${run}@example.com`)

    // Followed from tomorrow: nobody yet (the empty state says so).
    await followers.setFollowedFrom(new Date(Date.now() + 2 * 86_400_000))
    await followers.empty.waitFor({ timeout: 30000 })
    expect(await followers.empty.textContent()).toContain("No follower matches these filters")
    await followers.clearFilters.click()
    await followers.filteredCount.waitFor({ state: "detached", timeout: 30000 })
    await eventually(() => followers.count.textContent(), (t) => Number(t?.replace(/,/g, "")) >= 2)
  })

  it("the customer page's widget shows follower, email-verified and consent status", async () => {
    await page.goto(`${new URL(page.url()).origin}/app/customers/${shoppers[1].customerId}`, { timeout: 240000 })
    const status = page.getByRole("group", { name: "Follower and consent" })
    await status.waitFor({ timeout: 60000 })
    expect(await page.getByTestId("customer-follower-status").textContent()).toMatch(/^Since /)
    expect(await status.getByText("Not verified").count()).toBe(1)
    expect(await status.getByLabel("Email: off").count()).toBe(1)
    expect(await status.getByLabel("In-app: on").count()).toBe(1)
    await screenshot(page, "customer-follower-widget")
  })
})
