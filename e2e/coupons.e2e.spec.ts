import { afterAll, beforeAll, describe, expect, it } from "@jest/globals"
import { APIRequestContext, Browser, BrowserContext, Page } from "playwright-core"
import { CouponFormPage, CouponsPage } from "./pages/coupons-page"
import { admin, adminContext, baseUrl, launch, screenshot } from "./support/browser"

/** The admin API, with a bearer token of the e2e admin: the flows' test data. */
class AdminApi {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly token: string
  ) {}

  static async login(request: APIRequestContext): Promise<AdminApi> {
    const res = await request.post(`${baseUrl}/auth/user/emailpass`, { data: admin })
    expect(res.status()).toBe(200)
    const { token } = (await res.json()) as { token: string }
    return new AdminApi(request, token)
  }

  async post<T>(path: string, data: unknown): Promise<T> {
    const res = await this.request.post(`${baseUrl}${path}`, {
      data,
      headers: { Authorization: `Bearer ${this.token}` },
    })
    if (!res.ok()) throw new Error(`POST ${path} answered ${res.status()}: ${await res.text()}`)
    return (await res.json()) as T
  }

  async get<T>(path: string): Promise<{ status: number; body: T }> {
    const res = await this.request.get(`${baseUrl}${path}`, { headers: { Authorization: `Bearer ${this.token}` } })
    return { status: res.status(), body: (await res.json()) as T }
  }
}

describe("Coupon marketing → Coupons in the admin (COUPON-4 … COUPON-18)", () => {
  const run = Date.now().toString(36).toUpperCase()
  const categories = [`Green tea ${run}`, `Tea bowls ${run}`]
  const couponName = `Autumn tea 10% ${run}`
  const renamed = `Autumn tea sale ${run}`
  const code = `TEA10-${run}`

  let browser: Browser
  let context: BrowserContext
  let page: Page
  let api: AdminApi

  beforeAll(async () => {
    browser = await launch()
    context = await adminContext(browser)
    page = await context.newPage()
    api = await AdminApi.login(context.request)
    for (const name of categories) {
      await api.post("/admin/product-categories", { name, is_active: true })
    }
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
  })

  it("creates a 10 % coupon with a fixed code for two categories, listed as Scheduled", async () => {
    const list = new CouponsPage(page)
    await list.openFromSidebar()
    await list.createCoupon.click()

    const form = new CouponFormPage(page)
    await form.heading("Create coupon").waitFor({ timeout: 60000 })

    // The API's own rules run in the browser: an empty form is refused field by field.
    await form.create.click()
    await form.error("name").getByText(/Name is required/).waitFor({ timeout: 10000 })
    await form.error("code").getByText(/A fixed code is required/).waitFor()
    await form.error("benefit_value").getByText(/must be a number/).waitFor()
    expect(await form.name.getAttribute("aria-invalid")).toBe("true")
    // The first field in error is brought into view and focused.
    expect(await form.name.evaluate((el) => el === document.activeElement)).toBe(true)
    await list.toast("Please correct the highlighted fields.").waitFor({ timeout: 10000 })
    await screenshot(page, "coupons-create-errors")

    await form.name.fill(couponName)
    await form.code.fill(code)
    await form.start.fill(await form.localDateTimeIn(2))
    await form.end.fill(await form.localDateTimeIn(24 * 30))
    await form.chooseBenefit("Percent off the eligible total")
    await form.benefitValue.fill("10")
    for (const name of categories) {
      await form.category(name).click()
      expect(await form.category(name).getAttribute("aria-checked")).toBe("true")
    }
    expect(await form.error("name").textContent()).toBe("")
    expect(await form.error("code").textContent()).toBe("")
    expect(await form.error("benefit_value").textContent()).toBe("")
    await form.scrollTo(form.start)
    await screenshot(page, "coupons-create-filled")

    await form.create.click()
    await list.toast("Coupon created").waitFor({ timeout: 30000 })
    await list.waitForList()
    const row = list.row(couponName)
    await row.waitFor({ timeout: 30000 })
    await expect(row.textContent()).resolves.toContain(code)
    await expect(row.textContent()).resolves.toContain("10% off")
    await expect(row.textContent()).resolves.toContain("Anyone")
    // A new window starts ≥ 1 hour from now (COUPON-7), so the coupon is scheduled (COUPON-16).
    await row.getByText("Scheduled", { exact: true }).waitFor()
    await screenshot(page, "coupons-list-created")

    const { body } = await api.get<{ coupons: { name: string; category_ids: string[]; benefit_value: number }[] }>(
      `/admin/coupon-marketing/coupons?q=${encodeURIComponent(code)}`
    )
    expect(body.coupons).toHaveLength(1)
    expect(body.coupons[0].category_ids).toHaveLength(2)
    expect(body.coupons[0].benefit_value).toBe(10)
  })

  it("opens the coupon for editing, renames it, and lists the new name", async () => {
    const list = new CouponsPage(page)
    await list.openFromSidebar()
    await list.rowAction(couponName, "Edit")

    const form = new CouponFormPage(page)
    await form.heading("Edit coupon").waitFor({ timeout: 60000 })
    expect(await form.name.inputValue()).toBe(couponName)
    // COUPON-17: audience, code and currency are fixed after creation.
    expect(await form.audience("Anyone").isDisabled()).toBe(true)
    expect(await form.code.isDisabled()).toBe(true)
    expect(await form.code.inputValue()).toBe(code)
    expect(await form.category(categories[0]).getAttribute("aria-checked")).toBe("true")
    expect(await form.benefitValue.inputValue()).toBe("10")

    await form.name.fill(renamed)
    await screenshot(page, "coupons-edit")
    await form.save.click()
    await list.toast("Coupon saved").waitFor({ timeout: 30000 })
    await list.waitForList()
    await list.row(renamed).waitFor({ timeout: 30000 })
    expect(await list.row(couponName).count()).toBe(0)
    await screenshot(page, "coupons-list-renamed")
  })

  it("deletes a second coupon once the admin confirms the warning", async () => {
    const stores = await api.get<{ stores: { supported_currencies: { currency_code: string; is_default: boolean }[] }[] }>(
      "/admin/stores"
    )
    const currencies = stores.body.stores[0].supported_currencies
    const currency = (currencies.find((c) => c.is_default) ?? currencies[0]).currency_code
    const second = `Second coupon ${run}`
    const startsAt = new Date(Date.now() + 2 * 3600 * 1000)
    await api.post("/admin/coupon-marketing/coupons", {
      name: second,
      audience: "anyone",
      code_mode: "fixed",
      code: `SECOND-${run}`,
      validity_type: "window",
      starts_at: startsAt.toISOString(),
      ends_at: new Date(startsAt.getTime() + 7 * 24 * 3600 * 1000).toISOString(),
      benefit_type: "fixed_amount",
      benefit_value: 5,
      currency_code: currency,
      condition_type: "none",
    })

    const list = new CouponsPage(page)
    await list.openFromSidebar()
    await list.search.fill(`Second coupon ${run}`)
    await list.row(second).waitFor({ timeout: 30000 })
    await list.row(renamed).waitFor({ state: "detached", timeout: 30000 })
    expect(await list.table.getByRole("row").count()).toBe(2) // the header and the one match

    await list.rowAction(second, "Delete")
    await list.prompt.waitFor({ timeout: 10000 })
    // COUPON-18: codes already sent stop working at once.
    await expect(list.prompt.textContent()).resolves.toContain("stop working immediately")
    await list.settled()
    await screenshot(page, "coupons-delete-prompt")
    await list.prompt.getByRole("button", { name: "Delete" }).click()
    await list.toast("Coupon deleted").waitFor({ timeout: 30000 })
    await list.row(second).waitFor({ state: "detached", timeout: 30000 })
    await list.noMatch.waitFor({ timeout: 30000 })
    await screenshot(page, "coupons-list-deleted")

    const left = await api.get<{ coupons: unknown[] }>(`/admin/coupon-marketing/coupons?q=${encodeURIComponent(second)}`)
    expect(left.body.coupons).toHaveLength(0)
  })

  it("shows an ended coupon read-only, with no edit or delete (COUPON-17)", async () => {
    // A window starts ≥ 1 hour ahead, so no flow can wait for a real coupon to end: the API's
    // real answers are passed through with this coupon's derived status set to "ended".
    const asEnded = (coupon: { name: string; status: string }) =>
      coupon.name === renamed ? { ...coupon, status: "ended" } : coupon
    await page.route("**/admin/coupon-marketing/coupons**", async (route) => {
      if (route.request().method() !== "GET") return route.continue()
      const response = await route.fetch()
      const body = await response.json()
      if (body.coupons) body.coupons = body.coupons.map(asEnded)
      if (body.coupon) body.coupon = asEnded(body.coupon)
      await route.fulfill({ response, json: body })
    })
    try {
      const list = new CouponsPage(page)
      await list.openFromSidebar()
      const row = list.row(renamed)
      await row.getByText("Ended", { exact: true }).waitFor({ timeout: 30000 })
      expect(await row.getByRole("button", { name: `Actions for ${renamed}` }).count()).toBe(0)

      await row.getByRole("link", { name: renamed }).click()
      const form = new CouponFormPage(page)
      await form.heading("Coupon").waitFor({ timeout: 60000 })
      await page.getByText("This coupon has ended: it can no longer be edited or deleted.").waitFor()
      expect(await form.name.isDisabled()).toBe(true)
      expect(await form.start.isDisabled()).toBe(true)
      expect(await form.category(categories[0]).isDisabled()).toBe(true)
      expect(await form.save.count()).toBe(0)
      await screenshot(page, "coupons-ended-read-only")
    } finally {
      await page.unroute("**/admin/coupon-marketing/coupons**")
    }
  })
})
