import { afterAll, beforeAll, describe, expect, it } from "@jest/globals"
import { Browser, BrowserContext, Page } from "playwright-core"
import { PushesPage } from "./pages/pushes-page"
import { AdminApi, eventually } from "./support/admin-api"
import { adminContext, launch, screenshot } from "./support/browser"
import { Shopper, createShop } from "./support/shop"

// A 1×1 PNG: the banner uploaded through Medusa's File Module.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64")

describe("Coupon marketing → Pushes in the admin (PUSH-3 to PUSH-11)", () => {
  const run = Date.now().toString(36)
  const couponName = `Push thanks ${run}`
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let api: AdminApi
  let pushes: PushesPage
  let orderDisplayId: number
  const shoppers: Shopper[] = []

  beforeAll(async () => {
    browser = await launch()
    context = await adminContext(browser)
    page = await context.newPage()
    pushes = new PushesPage(page)
    api = await AdminApi.login(context.request)
    const currency = await api.defaultCurrency()
    const shop = await createShop(api, currency, `pushes-${run}`)
    for (const name of ["mio", "sora"]) {
      shoppers.push(await Shopper.register(context.request, shop, `${name}.${run}@example.com`))
    }
    // Both follow the store; neither has verified their email (they are counted as left out).
    await shoppers[0].post("/store/coupon-marketing/me/follow")
    await shoppers[1].post("/store/coupon-marketing/me/follow")
    // An active coupon (relative validity: usable from its issue) that everybody may receive.
    const { coupon } = await api.post<{ coupon: { id: string } }>("/admin/coupon-marketing/coupons", {
      name: couponName,
      audience: "all_customers",
      code_mode: "individual",
      validity_type: "relative",
      valid_days: 7,
      benefit_type: "fixed_amount",
      benefit_value: 5,
      currency_code: currency,
      condition_type: "none",
    })
    // A real order of Mio's: the compensation upload resolves it.
    await api.post(`/admin/coupon-marketing/coupons/${coupon.id}/codes`, { customer_ids: [shoppers[0].customerId] })
    const mine = await shoppers[0].get<{ coupons: { id: string; code: string }[] }>("/store/coupon-marketing/me/coupons")
    const held = mine.coupons.find((c) => c.id === coupon.id)
    expect(held).toBeDefined()
    orderDisplayId = (await shoppers[0].orderWithCoupon(held!.code, 1)).display_id
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
  })

  it("walks the wizard to a scheduled advertising push, shows its progress, cancels it after a prompt; the records list it", async () => {
    await pushes.openFromSidebar()
    await pushes.createPush.click()

    // Type: "Next" without a choice says what is missing.
    await pushes.step("type").waitFor({ timeout: 60000 })
    await pushes.next.click()
    expect(await pushes.stepError.textContent()).toContain("Choose what kind of push to send.")
    await pushes.choice(/^Advertising/).click()
    await pushes.next.click()

    // Coupon: from GET /pushes/coupons.
    await pushes.step("coupon").waitFor()
    await pushes.choice(new RegExp(`^${couponName}`)).click({ timeout: 30000 })
    await pushes.next.click()

    // Audience: all followers, with the live count and why the others are left out.
    await pushes.step("audience").waitFor()
    await pushes.audienceExcluded.waitFor({ timeout: 30000 })
    expect(await pushes.audienceCount.textContent()).toMatch(/^\d[\d,]*$/)
    const excluded = (await pushes.audienceExcluded.textContent()) ?? ""
    expect(excluded).toMatch(/(\d+) without a verified email/)
    expect(Number(/(\d+) without a verified email/.exec(excluded)![1])).toBeGreaterThanOrEqual(2)
    await screenshot(page, "push-wizard-audience")
    await pushes.next.click()

    // Best items: the count must be 4 to 16.
    await pushes.step("best_items").waitFor()
    await page.getByLabel("How many products").fill("3")
    await pushes.next.click()
    expect(await pushes.stepError.textContent()).toContain("Show between 4 and 16 best items.")
    await page.getByLabel("How many products").fill("6")
    await pushes.next.click()

    // Banner: uploaded through POST /admin/uploads, previewed, with its link.
    await pushes.step("banner").waitFor()
    await page.locator("#push_banner_file").setInputFiles({ name: `banner-${run}.png`, mimeType: "image/png", buffer: PNG })
    await page.getByTestId("push-banner-preview").waitFor({ timeout: 30000 })
    await pushes.next.click()
    expect(await pushes.stepError.textContent()).toContain("Enter the address the banner links to")
    await page.getByLabel("Banner links to").fill("https://shop.example.com/sale")
    await pushes.next.click()

    // Send time: the last of the 3 days (so that the push can still be cancelled), its last free time.
    await pushes.step("schedule").waitFor()
    const tabs = pushes.dayTabs()
    await tabs.first().waitFor({ timeout: 30000 })
    expect(await tabs.count()).toBe(3)
    await tabs.last().click()
    const times = pushes.times()
    const timeCount = await times.count() // 10:00 to 22:00 every 30 minutes
    expect(timeCount).toBeGreaterThanOrEqual(24)
    expect(timeCount).toBeLessThanOrEqual(25)
    const free = pushes.times().and(page.locator(":enabled"))
    await free.last().click()
    expect(await page.getByTestId("push-chosen-slot").textContent()).toMatch(/^Sends .+, \d{2}:\d{2}\.$/)
    expect(await page.getByTestId("store-time-zone").textContent()).toMatch(/^Times in .+ \(the store's time zone\)\.$/)
    await pushes.next.click()

    // Preview: the exact email in an iframe, the in-app and push texts.
    await pushes.step("preview").waitFor()
    await pushes.preview.waitFor({ timeout: 60000 })
    expect((await page.getByTestId("push-preview-subject").textContent())?.length).toBeGreaterThan(0)
    const email = page.frameLocator('iframe[title="Email preview"]')
    await email.locator("body").waitFor()
    expect(await email.locator("body").textContent()).toContain(couponName)
    await screenshot(page, "push-wizard-preview")

    await pushes.schedule.click()
    await page.waitForURL((u) => /\/coupon-marketing\/pushes\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith("/create"), { timeout: 60000 })
    const pushId = new URL(page.url()).pathname.split("/").pop()!
    await pushes.status.waitFor({ timeout: 30000 })
    expect(await pushes.status.textContent()).toBe("Scheduled")
    await pushes.progress.waitFor()
    expect(await pushes.cancelNote.textContent()).toMatch(/^Can be cancelled until /)
    const { push } = await api.get<{ push: { type: string; status: string; best_items: { mode: string; count: number }; banner: { link_url: string } | null } }>(
      `/admin/coupon-marketing/pushes/${pushId}`
    )
    expect(push).toMatchObject({ type: "advertising", status: "scheduled", best_items: { mode: "auto", count: 6 } })
    expect(push.banner?.link_url).toBe("https://shop.example.com/sale")
    await screenshot(page, "push-progress")

    // Cancel: asks first; "Keep it" keeps it, "Cancel push" cancels.
    await pushes.cancel.click()
    const dialog = page.getByRole("alertdialog")
    await dialog.waitFor()
    await dialog.getByRole("button", { name: "Keep it" }).click()
    await dialog.waitFor({ state: "hidden" })
    expect(await pushes.status.textContent()).toBe("Scheduled")
    await pushes.cancel.click()
    await dialog.getByRole("button", { name: "Cancel push" }).click()
    await eventually(() => pushes.status.textContent(), (t) => t === "Cancelled")
    expect(await pushes.cancel.count()).toBe(0)

    // The records: the push with its coupon and status; the status filter.
    await pushes.open()
    await pushes.heading.waitFor({ timeout: 60000 })
    const row = pushes.row(couponName)
    await row.first().waitFor({ timeout: 30000 })
    expect(await row.first().getByTestId("push-status").textContent()).toBe("Cancelled")
    expect(await row.first().textContent()).toContain("Advertising")
    await screenshot(page, "pushes-list")
  })

  it("a compensation push resolves pasted order numbers: found orders ticked, bad rows by number; unticking all stops the step", async () => {
    await pushes.open("create")
    await pushes.step("type").waitFor({ timeout: 60000 })
    await pushes.choice(/^Compensation/).click()
    await pushes.next.click()
    await pushes.choice(new RegExp(`^${couponName}`)).click({ timeout: 30000 })
    await pushes.next.click()
    await pushes.step("audience").waitFor()
    expect(await page.getByRole("link", { name: "template.csv" }).getAttribute("href")).toContain("/pushes/compensation-orders/template.csv")

    await page.getByLabel("Or paste order numbers").fill(`${orderDisplayId}\n${orderDisplayId}\nNO-SUCH-${run}`)
    await page.getByRole("button", { name: "Find the orders" }).click()
    const orders = page.getByRole("table", { name: "Orders found" })
    await orders.waitFor({ timeout: 30000 })
    expect(await orders.getByRole("row").count()).toBe(2) // header + the one order
    expect(await orders.textContent()).toContain(`#${orderDisplayId}`)
    expect(await page.getByLabel(`Include order #${orderDisplayId}`).getAttribute("data-state")).toBe("checked")
    const errors = (await page.getByTestId("push-order-errors").textContent()) ?? ""
    expect(errors).toContain("Row 2:")
    expect(errors).toContain("Row 3:")
    await pushes.audienceCount.waitFor({ timeout: 30000 })

    await page.getByLabel(`Include order #${orderDisplayId}`).click()
    expect(await page.getByTestId("push-orders-ticked").textContent()).toBe("0 of 1 orders included.")
    await pushes.next.click()
    expect(await pushes.stepError.textContent()).toContain("tick at least one order")
  })

  it("a direct push picks customers by search; the picked ones can be removed", async () => {
    await pushes.open("create")
    await pushes.step("type").waitFor({ timeout: 60000 })
    await pushes.choice(/^Direct/).click()
    await pushes.next.click()
    await pushes.choice(new RegExp(`^${couponName}`)).click({ timeout: 30000 })
    await pushes.next.click()
    await pushes.step("audience").waitFor()
    await pushes.next.click()
    expect(await pushes.stepError.textContent()).toContain("Pick at least one customer or a customer group.")

    await page.getByLabel("Customers", { exact: true }).fill(`sora.${run}`)
    const matches = page.getByRole("list", { name: "Matching customers" })
    await matches.getByText(`sora.${run}@example.com`).waitFor({ timeout: 30000 })
    await matches.getByRole("checkbox").first().click()
    const picked = page.getByRole("list", { name: "Picked customers" })
    await picked.getByText(`sora.${run}@example.com`).waitFor()
    await pushes.audienceCount.waitFor({ timeout: 30000 })
    await pushes.next.click()
    await pushes.step("best_items").waitFor()
    await pushes.back.click()
    await page.getByRole("button", { name: `Remove sora.${run}@example.com` }).click()
    expect(await picked.count()).toBe(0)
  })

  it("the customer page lists the pushes a customer received", async () => {
    await page.goto(`${new URL(page.url()).origin}/app/customers/${shoppers[0].customerId}`, { timeout: 240000 })
    const received = page.getByRole("group", { name: "Pushes received" })
    await received.waitFor({ timeout: 60000 })
    // Nothing was sent to Mio (the only push was cancelled): the section says so.
    await received.getByText("No coupon push received yet.").waitFor({ timeout: 30000 })
  })
})
