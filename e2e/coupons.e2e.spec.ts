import fs from "fs"
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals"
import { Browser, BrowserContext, Page } from "playwright-core"
import { CouponFormPage, CouponsPage, IssueCodesDrawer, OrderPage, PromotionPage, PromotionsListPage } from "./pages/coupons-page"
import { AdminApi, eventually } from "./support/admin-api"
import { adminContext, launch, screenshot } from "./support/browser"
import { createShop, Shopper, TAX_RATE } from "./support/shop"
import { formatMoney } from "../src/modules/coupon-marketing/domain/coupons"
import { fromZonedInput, toZonedInput } from "../src/admin/lib/dates"

interface ApiCoupon {
  id: string
  name: string
  promotion_id: string | null
  codes_issued: number
}

describe("Coupon marketing → Coupons in the admin (COUPON-4 … COUPON-23)", () => {
  const run = Date.now().toString(36).toUpperCase()
  const categories = [`Green tea ${run}`, `Tea bowls ${run}`]
  const couponName = `Autumn tea 10% ${run}`
  const renamed = `Autumn tea sale ${run}`
  const code = `TEA10-${run}`

  let browser: Browser
  let context: BrowserContext
  let page: Page
  let api: AdminApi
  let currency: string
  let promotionId: string
  /** The store's time zone (the plugin's `timezone` option) and earliest coupon start. */
  let timeZone: string
  let leadMinutes: number

  /** A coupon made through the API, with a window from 2 hours ahead, 7 days long. */
  async function couponViaApi(name: string, policy: Record<string, unknown>): Promise<ApiCoupon> {
    const startsAt = new Date(Date.now() + 2 * 3600 * 1000)
    const { coupon } = await api.post<{ coupon: ApiCoupon }>("/admin/coupon-marketing/coupons", {
      name,
      validity_type: "window",
      starts_at: startsAt.toISOString(),
      ends_at: new Date(startsAt.getTime() + 7 * 24 * 3600 * 1000).toISOString(),
      benefit_type: "fixed_amount",
      benefit_value: 5,
      currency_code: currency,
      condition_type: "none",
      ...policy,
    })
    return coupon
  }

  beforeAll(async () => {
    browser = await launch()
    context = await adminContext(browser)
    page = await context.newPage()
    api = await AdminApi.login(context.request)
    for (const name of categories) {
      await api.post("/admin/product-categories", { name, is_active: true })
    }
    currency = await api.defaultCurrency()
    const settings = await api.get<{ timezone: string; min_start_lead_minutes: number }>("/admin/coupon-marketing/settings")
    timeZone = settings.timezone
    leadMinutes = settings.min_start_lead_minutes
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
    // COUPON-7: the earliest start comes from the store's option, on the store's clocks.
    const lead = leadMinutes === 60 ? "in 1 hour" : `in ${leadMinutes} minutes`
    // The time alone ("(16:42)"), or with the date when the lead crosses the store's midnight ("(Dec 4, 2026, 12:35 AM)").
    await form.earliestStart.getByText(new RegExp(`^Earliest start: ${lead} \\((?:\\d{2}:\\d{2}|[A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}\\s?[AP]M)\\)$`)).waitFor()
    await form.timeZoneNote.getByText(`Times are in the store's time zone (${timeZone}).`).waitFor()
    const clicked = Date.now()
    await form.asSoonAsAllowed.click()
    const start = fromZonedInput(await form.dateTimeValue(form.start), timeZone)!
    const ahead = (Date.parse(start) - clicked) / 60000
    expect(ahead).toBeGreaterThanOrEqual(leadMinutes)
    expect(ahead).toBeLessThanOrEqual(leadMinutes + 2.1)
    // The picker shows what the button filled in (hour and minute segments).
    const [, , , , hh, mm] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(toZonedInput(start, timeZone)) ?? []
    const segments = form.start.getByRole("spinbutton")
    await expect(segments.nth(3).textContent()).resolves.toBe(hh)
    await expect(segments.nth(4).textContent()).resolves.toBe(mm)
    await form.scrollTo(form.start)
    await screenshot(page, "coupon-form-earliest-start")
    // The end typed into Medusa's DatePicker, read on the store's clocks (not the browser's).
    const endWall = toZonedInput(Date.now() + 30 * 24 * 3600 * 1000, timeZone).slice(0, 10) + "T10:00"
    await form.typeDateTime(form.end, endWall)
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

    const body = await api.get<{
      coupons: { name: string; category_ids: string[]; benefit_value: number; promotion_id: string }[]
    }>(`/admin/coupon-marketing/coupons?q=${encodeURIComponent(code)}`)
    expect(body.coupons).toHaveLength(1)
    expect(body.coupons[0].category_ids).toHaveLength(2)
    expect(body.coupons[0].benefit_value).toBe(10)
    expect(body.coupons[0].promotion_id).toBeTruthy()
    promotionId = body.coupons[0].promotion_id
    const saved = body.coupons[0] as unknown as { starts_at: string; ends_at: string }
    expect(new Date(saved.starts_at).toISOString()).toBe(start)
    expect(new Date(saved.ends_at).toISOString()).toBe(fromZonedInput(endWall, timeZone))
  })

  it("shows the coupon's policy and usage on its Medusa promotion's page", async () => {
    const promotion = new PromotionPage(page)
    await promotion.open(promotionId)
    const policy = promotion.policy
    await policy.getByText(couponName, { exact: true }).waitFor({ timeout: 30000 })
    const text = (await policy.textContent()) ?? ""
    expect(text).toContain(code)
    expect(text).toContain("10% off")
    expect(text).toContain("Anyone")
    expect(text).toContain("2 product categories")
    expect(text).toContain("0 uses")
    await policy.getByText("Scheduled", { exact: true }).waitFor()
    // The code tells the coupon apart: CM-, the coupon's code, a random suffix.
    const { promotion: medusa } = await api.get<{ promotion: { code: string } }>(`/admin/promotions/${promotionId}`)
    expect(medusa.code).toMatch(new RegExp(`^CM-${code}-[0-9A-F]{6}$`))
    await promotion.codeHeading(medusa.code).waitFor()
    // The notice sits at the top of the page's side column (Medusa 2.21 ignores .before/.after
    // and appends widgets to a column's own sections; the main column ends with the JSON), so it
    // is seen beside the promotion's heading without scrolling.
    const notice = await policy.getByText("Edit the coupon, not the promotion", { exact: false }).boundingBox()
    const heading = await promotion.codeHeading(medusa.code).boundingBox()
    expect(notice && heading && notice.y - heading.y < 400).toBe(true)
    await screenshot(page, "promotion-coupon-policy")

    // Medusa's Promotions list: the coupon's code, and "Scheduled" from its campaign.
    const list = new PromotionsListPage(page)
    await list.open(code)
    const row = list.row(medusa.code)
    await row.waitFor({ timeout: 60000 })
    await row.getByText(/campaign scheduled/i).waitFor()
    await screenshot(page, "promotions-list-coupons")
    await promotion.open(promotionId)

    await policy.getByRole("link", { name: "Open coupon" }).click()
    const form = new CouponFormPage(page)
    await form.heading(couponName).waitFor({ timeout: 60000 })
    expect(await form.name.inputValue()).toBe(couponName)
  })

  it("downloads the usage report and the order export with the admin's session (COUPON-22, -23)", async () => {
    const list = new CouponsPage(page)
    await list.openFromSidebar()
    await list.row(couponName).waitFor({ timeout: 30000 })

    const [report] = await Promise.all([
      page.waitForEvent("download", { timeout: 30000 }),
      list.rowAction(couponName, "Download usage report"),
    ])
    expect(report.suggestedFilename()).toMatch(/^coupon-usage-.+\.csv$/)
    expect(await report.failure()).toBeNull()
    // UTF-8 with a BOM (opens in Excel), then the header row alone: no use yet.
    const csv = fs.readFileSync(await report.path(), "utf8")
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(1)

    const [orders] = await Promise.all([page.waitForEvent("download", { timeout: 30000 }), list.exportOrders.click()])
    expect(orders.suggestedFilename()).toBe("orders-with-coupons.csv")
    expect(await orders.failure()).toBeNull()
  })

  it("opens the coupon for editing, renames it, and lists the new name", async () => {
    const list = new CouponsPage(page)
    await list.openFromSidebar()
    await list.rowAction(couponName, "Edit")

    const form = new CouponFormPage(page)
    // The page is headed by the coupon's name, which Medusa's breadcrumbs show too.
    await form.heading(couponName).waitFor({ timeout: 60000 })
    expect(await page.getByText(couponName, { exact: true }).count()).toBeGreaterThanOrEqual(2)
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

  it("picks the gift of a gift coupon by searching products: title, variant and SKU shown, the variant stored", async () => {
    const title = `Gift tea tin ${run}`
    const sku = `GIFT-TIN-${run}`
    const { product } = await api.post<{ product: { id: string; variants: { id: string; sku: string }[] } }>("/admin/products", {
      title,
      status: "published",
      options: [{ title: "Size", values: ["100 g"] }],
      variants: [{ title: "100 g", sku, options: { Size: "100 g" }, prices: [{ currency_code: currency, amount: 12 }] }],
    })
    const variantId = product.variants[0].id
    const name = `Free tea tin ${run}`

    const list = new CouponsPage(page)
    await list.openFromSidebar()
    await list.createCoupon.click()
    const form = new CouponFormPage(page)
    await form.heading("Create coupon").waitFor({ timeout: 60000 })
    await form.name.fill(name)
    await form.code.fill(`TIN-${run}`)
    await form.chooseBenefit("Gift product")
    // No raw variant id to type: a search of the store's products.
    await form.giftChosen.getByText("No gift chosen yet").waitFor()
    await form.searchGift(title)
    const option = form.giftOptions.filter({ hasText: sku })
    await option.waitFor({ timeout: 30000 })
    await expect(option.textContent()).resolves.toContain(title)
    await expect(option.textContent()).resolves.toContain("100 g")
    await option.click()
    await form.giftChosen.getByText(`${title} · 100 g (${sku})`).waitFor()
    await form.scrollTo(form.giftSearch)
    await screenshot(page, "coupon-gift-variant-picker")
    await form.asSoonAsAllowed.click()
    await form.create.click()
    await list.toast("Coupon created").waitFor({ timeout: 30000 })

    const body = await api.get<{ coupons: { id: string; gift_variant_id: string | null }[] }>(
      `/admin/coupon-marketing/coupons?q=${encodeURIComponent(name)}`
    )
    expect(body.coupons).toHaveLength(1)
    expect(body.coupons[0].gift_variant_id).toBe(variantId)
    // Reopened, the gift is shown by its product and variant, not its id.
    await form.open(body.coupons[0].id)
    await form.giftChosen.getByText(`${title} · 100 g (${sku})`).waitFor({ timeout: 30000 })
  })

  it("warns before saving a coupon that would hide an exchange offer from every shopper (POINTS-5)", async () => {
    const offerName = `Points 50 off ${run}`
    await api.post("/admin/coupon-marketing/exchange-offers", {
      name: offerName,
      face_value: 50,
      threshold: 0,
      currency_code: currency,
      points_cost: 500,
      stock: 5,
      valid_days: 10,
    })
    const list = new CouponsPage(page)
    await list.openFromSidebar()
    await list.createCoupon.click()
    const form = new CouponFormPage(page)
    await form.heading("Create coupon").waitFor({ timeout: 60000 })
    await form.name.fill(`Free 60 off ${run}`)
    await form.code.fill(`FREE60-${run}`)
    // A free 60 off beats the offer's 50 off: the form says so before saving.
    await form.benefitValue.fill("60")
    const warning = form.offerWarning.getByText(`Saving this coupon hides the exchange offer '${offerName}' from every shopper:`, {
      exact: false,
    })
    await warning.waitFor({ timeout: 30000 })
    await expect(form.offerWarning.textContent()).resolves.toContain(`${formatMoney(60, currency)} off`)
    await form.scrollTo(form.offerWarning)
    await screenshot(page, "coupon-offer-warning")
    // 40 off does not beat it: the warning goes.
    await form.benefitValue.fill("40")
    await form.offerWarning.waitFor({ state: "detached", timeout: 30000 })
  })

  describe("individual codes (COUPON-5)", () => {
    const group = `VIP ${run}`
    const emails = ["aiko", "ben", "chika", "daichi"].map((n) => `${n}.${run.toLowerCase()}@example.com`)
    const segmentName = `VIP thank-you ${run}`
    const membersName = `Members gift ${run}`
    let segmentCoupon: ApiCoupon
    let membersCoupon: ApiCoupon

    beforeAll(async () => {
      const ids: string[] = []
      for (const email of emails) {
        const first = email.split(".")[0]
        const { customer } = await api.post<{ customer: { id: string } }>("/admin/customers", {
          email,
          first_name: first[0].toUpperCase() + first.slice(1),
          last_name: "Tanaka",
        })
        ids.push(customer.id)
      }
      const { customer_group } = await api.post<{ customer_group: { id: string } }>("/admin/customer-groups", { name: group })
      // Three of the four customers are in the group.
      await api.post(`/admin/customer-groups/${customer_group.id}/customers`, { add: ids.slice(0, 3) })
      segmentCoupon = await couponViaApi(segmentName, {
        audience: "segment",
        code_mode: "individual",
        customer_group_id: customer_group.id,
      })
      membersCoupon = await couponViaApi(membersName, { audience: "members_only", code_mode: "individual" })
    })

    it("issues codes to a segment coupon's customer group and shows the count", async () => {
      const form = new CouponFormPage(page)
      await form.open(segmentCoupon.id)
      await form.codesIssued.getByText("0 codes issued").waitFor({ timeout: 30000 })

      await form.issueCodes.click()
      const drawer = new IssueCodesDrawer(page)
      await drawer.waitFor()
      // A segment coupon's codes go to its own group: the one choice, already chosen.
      const everyone = drawer.recipients(new RegExp(`^Everyone in the segment “${group}”`))
      await everyone.waitFor({ timeout: 30000 })
      expect(await everyone.getAttribute("aria-checked")).toBe("true")
      expect(await drawer.root.getByRole("radio").count()).toBe(1)
      await drawer.settled()
      await screenshot(page, "coupons-issue-codes-segment")

      await drawer.submit.click()
      await page.getByText("3 codes issued, 0 customers already had one").first().waitFor({ timeout: 60000 })
      await drawer.root.waitFor({ state: "detached", timeout: 30000 })
      await form.codesIssued.getByText("3 codes issued").waitFor({ timeout: 30000 })
      await screenshot(page, "coupons-codes-issued")

      const body = await api.get<{ coupon: ApiCoupon }>(`/admin/coupon-marketing/coupons/${segmentCoupon.id}`)
      expect(body.coupon.codes_issued).toBe(3)
    })

    it("issues a members-only coupon's codes to a chosen group, then to picked customers, skipping holders", async () => {
      const form = new CouponFormPage(page)
      await form.open(membersCoupon.id)
      await form.codesIssued.getByText("0 codes issued").waitFor({ timeout: 30000 })

      await form.issueCodes.click()
      const drawer = new IssueCodesDrawer(page)
      await drawer.waitFor()
      expect(await drawer.submit.isDisabled()).toBe(true) // nobody chosen yet
      await drawer.pickGroup(group)
      await drawer.settled()
      await screenshot(page, "coupons-issue-codes-group")
      await drawer.submit.click()
      await page.getByText("3 codes issued, 0 customers already had one").first().waitFor({ timeout: 60000 })
      await drawer.root.waitFor({ state: "detached", timeout: 30000 })
      await form.codesIssued.getByText("3 codes issued").waitFor({ timeout: 30000 })

      // One customer of the group (who holds a code already) and the one outside it.
      await form.issueCodes.click()
      await drawer.waitFor()
      await drawer.pickCustomers([emails[0], emails[3]])
      await drawer.settled()
      await screenshot(page, "coupons-issue-codes-customers")
      await drawer.submit.click()
      await page.getByText("1 code issued, 1 customer already had one").first().waitFor({ timeout: 60000 })
      await drawer.root.waitFor({ state: "detached", timeout: 30000 })
      await form.codesIssued.getByText("4 codes issued").waitFor({ timeout: 30000 })
    })

    it("deletes an individual-code coupon from its page, warning that issued codes stop working (COUPON-18)", async () => {
      const form = new CouponFormPage(page)
      await form.open(segmentCoupon.id)
      await form.codesIssued.getByText("3 codes issued").waitFor({ timeout: 30000 })
      await form.delete.click()
      const list = new CouponsPage(page)
      await list.prompt.waitFor({ timeout: 10000 })
      await expect(list.prompt.textContent()).resolves.toContain(
        "3 individual codes were already issued to customers; they will stop working at once."
      )
      await list.settled()
      await screenshot(page, "coupons-delete-prompt-codes-issued")
      await list.prompt.getByRole("button", { name: "Delete" }).click()
      await list.toast("Coupon deleted").waitFor({ timeout: 30000 })
      await list.waitForList()
      await list.row(membersName).waitFor({ timeout: 30000 })
      expect(await list.row(segmentName).count()).toBe(0)
      expect(await api.status(`/admin/coupon-marketing/coupons/${segmentCoupon.id}`)).toBe(404)
    })
  })

  it("deletes a second coupon once the admin confirms the warning", async () => {
    const second = `Second coupon ${run}`
    await couponViaApi(second, { audience: "anyone", code_mode: "fixed", code: `SECOND-${run}` })

    const list = new CouponsPage(page)
    await list.openFromSidebar()
    await list.search.fill(`Second coupon ${run}`)
    await list.row(second).waitFor({ timeout: 30000 })
    await list.row(renamed).waitFor({ state: "detached", timeout: 30000 })
    expect(await list.table.getByRole("row").count()).toBe(2) // the header and the one match

    await list.rowAction(second, "Delete")
    await list.prompt.waitFor({ timeout: 10000 })
    // COUPON-18: the code stops working at once, also where it was already shared.
    await expect(list.prompt.textContent()).resolves.toContain(`The code SECOND-${run} will stop working at once`)
    await list.settled()
    await screenshot(page, "coupons-delete-prompt")
    await list.prompt.getByRole("button", { name: "Delete" }).click()
    await list.toast("Coupon deleted").waitFor({ timeout: 30000 })
    await list.row(second).waitFor({ state: "detached", timeout: 30000 })
    await list.noMatch.waitFor({ timeout: 30000 })
    await screenshot(page, "coupons-list-deleted")

    const left = await api.get<{ coupons: unknown[] }>(`/admin/coupon-marketing/coupons?q=${encodeURIComponent(second)}`)
    expect(left.coupons).toHaveLength(0)
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
      // Its menu offers its page and its report; Delete is disabled, saying why.
      const menu = await list.openRowActions(renamed)
      await menu.getByRole("menuitem", { name: /^View/ }).waitFor()
      await menu.getByRole("menuitem", { name: /^Download usage report/ }).waitFor()
      const del = menu.getByRole("menuitem", { name: /^Delete/ })
      expect(await del.getAttribute("aria-disabled")).toBe("true")
      await expect(del.textContent()).resolves.toContain("cannot be deleted")
      await list.settled()
      await screenshot(page, "coupons-ended-row-actions")
      await page.keyboard.press("Escape")
      await menu.waitFor({ state: "detached" })

      await row.getByRole("link", { name: renamed }).click()
      const form = new CouponFormPage(page)
      await form.heading(renamed).waitFor({ timeout: 60000 })
      await page.getByText("This coupon has ended: it can no longer be edited or deleted.").waitFor()
      expect(await form.name.isDisabled()).toBe(true)
      expect(await form.dateTimeDisabled(form.start)).toBe(true)
      expect(await form.category(categories[0]).isDisabled()).toBe(true)
      expect(await form.save.count()).toBe(0)
      expect(await form.delete.isDisabled()).toBe(true)
      await form.downloadReport.waitFor()
      await screenshot(page, "coupons-ended-read-only")
    } finally {
      await page.unroute("**/admin/coupon-marketing/coupons**")
    }
  })

  it("shows the coupon an order used on the order's page, given back once cancelled, and nothing for an order without one", async () => {
    // A real checkout: a shop made through Medusa's admin API, a shopper with an individual
    // code of a coupon with relative validity (active as soon as its codes are issued).
    const shop = await createShop(api, currency, run)
    const shopper = await Shopper.register(context.request, shop, `buyer.${run.toLowerCase()}@example.com`)
    const giftName = `Welcome back ${run}`
    const { coupon: gift } = await api.post<{ coupon: ApiCoupon }>("/admin/coupon-marketing/coupons", {
      name: giftName,
      audience: "all_customers",
      code_mode: "individual",
      validity_type: "relative",
      valid_days: 7,
      benefit_type: "fixed_amount",
      benefit_value: 5,
      currency_code: currency,
      condition_type: "none",
    })
    await api.post(`/admin/coupon-marketing/coupons/${gift.id}/codes`, { customer_ids: [shopper.customerId] })
    const mine = await shopper.get<{ coupons: { id: string; code: string }[] }>("/store/coupon-marketing/me/coupons")
    const held = mine.coupons.find((c) => c.id === gift.id)
    expect(held).toBeDefined()
    const placed = await shopper.orderWithCoupon(held!.code, 2) // 2 × 20 = 40, 5 off
    const money = (n: number) => formatMoney(n, currency)

    const orderPage = new OrderPage(page)
    await orderPage.open(placed.id)
    const widget = orderPage.couponUsed
    await widget.waitFor({ timeout: 60000 })
    await widget.getByRole("link", { name: giftName }).waitFor()
    let text = (await widget.textContent()) ?? ""
    expect(text).toContain(held!.code)
    // The shop's prices exclude its 10 % tax: Medusa's order summary shows the discount with tax,
    // the widget the coupon's own figure before tax, and says how the two relate.
    const withTax = 5 * (1 + TAX_RATE / 100)
    expect(text).toContain(`−${money(5)} before tax`)
    expect(text).toContain(`−${money(withTax)} with tax, as in the order summary`)
    const summary = await api.get<{ order: { discount_total: number } }>(`/admin/orders/${placed.id}?fields=discount_total`)
    expect(Number(summary.order.discount_total)).toBeCloseTo(withTax, 6)
    expect(text).toContain(money(40))
    expect(text).not.toContain("Use given back")
    await screenshot(page, "order-coupon-used")

    // Cancelling the order gives the use back (order.canceled subscriber); the widget says so.
    await api.post(`/admin/orders/${placed.id}/cancel`, {})
    await eventually(
      () => api.get<{ coupon_use: { released_at: string | null } | null }>(`/admin/coupon-marketing/orders/${placed.id}/coupon`),
      (r) => !!r.coupon_use?.released_at
    )
    await orderPage.open(placed.id)
    await widget.getByText("Use given back").waitFor({ timeout: 60000 })
    text = (await widget.textContent()) ?? ""
    expect(text).toContain(giftName)
    await screenshot(page, "order-coupon-given-back")

    // An order without a coupon (a converted draft order) shows no widget.
    const { region } = await api.post<{ region: { id: string } }>("/admin/regions", { name: `E2E ${run}`, currency_code: currency })
    const { draft_order } = await api.post<{ draft_order: { id: string } }>("/admin/draft-orders", {
      email: `orderer.${run.toLowerCase()}@example.com`,
      region_id: region.id,
      items: [{ title: "Sencha", unit_price: 1999, quantity: 1 }],
    })
    const { order } = await api.post<{ order: { id: string } }>(`/admin/draft-orders/${draft_order.id}/convert-to-order`, {})
    await orderPage.open(order.id)
    const real = await api.get<{ coupon_use: unknown }>(`/admin/coupon-marketing/orders/${order.id}/coupon`)
    expect(real.coupon_use).toBeNull()
    await page.waitForTimeout(500) // the answer rendered
    expect(await orderPage.couponUsed.count()).toBe(0)
  })
})
