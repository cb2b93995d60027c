import { afterAll, beforeAll, describe, expect, it } from "@jest/globals"
import { Browser, BrowserContext, Locator, Page } from "playwright-core"
import { CustomerPage, PointsPage } from "./pages/points-page"
import { AdminApi, eventually } from "./support/admin-api"
import { typeDateTime } from "./support/date-picker"
import { admin, adminContext, baseUrl, launch, screenshot } from "./support/browser"
import { formatMoney } from "../src/modules/coupon-marketing/domain/coupons"

/** `locator` once its whole text is `text`. */
const withText = (locator: Locator, text: string) =>
  locator.filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) })

interface ApiOffer {
  id: string
  ends_at: string | null
  name: string
  face_value: number
  compliance: "compliant" | "non_compliant"
  non_compliant_reason: string | null
}

interface ApiBudget {
  currency_code: string
  deposited: number
  drawn: number
  remaining: number
}

describe("Coupon marketing → Points in the admin (POINTS-3 … POINTS-6)", () => {
  const run = Date.now().toString(36).toUpperCase()
  const offerName = `Tea ceremony 55 off ${run}`
  const refusedName = `Shallow 50 off ${run}`
  const withdrawnName = `Old offer ${run}`
  const freeName = `Free 50 off 299 ${run}`
  const deeperFreeName = `Free 60 off 299 ${run}`
  const depositReason = `Autumn campaign ${run}`
  const email = `points.${run.toLowerCase()}@example.com`

  let browser: Browser
  let context: BrowserContext
  let page: Page
  let api: AdminApi
  let currency: string
  let money: (n: number) => string
  const freeCoupons: string[] = []

  /** A free fixed-amount coupon anybody may use (what exchange offers must beat, POINTS-5). */
  async function freeCoupon(name: string, amount: number, threshold: number, code: string): Promise<string> {
    const startsAt = new Date(Date.now() + 2 * 3600 * 1000)
    const { coupon } = await api.post<{ coupon: { id: string } }>("/admin/coupon-marketing/coupons", {
      name,
      audience: "anyone",
      code_mode: "fixed",
      code,
      validity_type: "window",
      starts_at: startsAt.toISOString(),
      ends_at: new Date(startsAt.getTime() + 7 * 24 * 3600 * 1000).toISOString(),
      benefit_type: "fixed_amount",
      benefit_value: amount,
      currency_code: currency,
      condition_type: "min_total",
      condition_value: threshold,
    })
    freeCoupons.push(coupon.id)
    return coupon.id
  }

  async function offerNamed(name: string): Promise<ApiOffer | undefined> {
    const { exchange_offers } = await api.get<{ exchange_offers: ApiOffer[] }>("/admin/coupon-marketing/exchange-offers?limit=100")
    return exchange_offers.find((o) => o.name === name)
  }

  beforeAll(async () => {
    browser = await launch()
    context = await adminContext(browser)
    page = await context.newPage()
    api = await AdminApi.login(context.request)
    currency = await api.defaultCurrency()
    money = (n) => formatMoney(n, currency)
  })

  afterAll(async () => {
    // The free coupons would otherwise judge the offers of later flows.
    for (const id of freeCoupons) await api?.delete(`/admin/coupon-marketing/coupons/${id}`).catch(() => undefined)
    await context?.close()
    await browser?.close()
  })

  it("creates an exchange offer in the form and lists it as compliant (POINTS-4)", async () => {
    const points = new PointsPage(page)
    await points.openFromSidebar()
    expect(await points.tab("Exchange offers").getAttribute("aria-selected")).toBe("true")
    // Medusa's breadcrumbs: back to the plugin's home in one click.
    await points.breadcrumbs.waitFor({ timeout: 30000 })
    expect((await points.breadcrumbs.textContent())?.replace(/\.\.\./g, "")).toBe("Coupon marketingPoints")
    await points.createOffer.click()

    const drawer = points.drawer("Create exchange offer")
    await drawer.waitFor({ timeout: 10000 })
    // The API's own rules run in the browser: an empty form is refused field by field.
    await drawer.getByRole("button", { name: "Create offer" }).click()
    await points.error(drawer, "name").getByText("Name is required").waitFor({ timeout: 10000 })
    await points.error(drawer, "face_value").getByText(/The face value must be one of/).waitFor()
    await points.error(drawer, "points_cost").getByText(/points cost must be a whole number/).waitFor()
    await points.error(drawer, "stock").getByText(/stock must be a whole number/).waitFor()
    expect(await drawer.locator("#name").getAttribute("aria-invalid")).toBe("true")

    await drawer.locator("#name").fill(offerName)
    await points.choose(drawer, "Face value", money(55))
    // A minimum spend at or below the face value is refused as typed.
    await drawer.locator("#threshold").fill("50")
    await points.error(drawer, "threshold").getByText(/above the face value/).waitFor()
    await drawer.locator("#threshold").fill("299")
    await drawer.locator("#points_cost").fill("500")
    await drawer.locator("#stock").fill("100")
    await drawer.locator("#per_customer_limit").fill("2")
    // The window is entered on the store's clocks (Asia/Tokyo, UTC+9), whatever the browser's zone.
    await drawer.getByText("Times are in the store's time zone (Asia/Tokyo).").waitFor()
    // Medusa's DatePicker, typed segment by segment.
    await typeDateTime(page, drawer.getByTestId("ends_at_field"), "2030-01-01T10:00")
    expect(await drawer.locator("#valid_days").inputValue()).toBe("30")
    for (const field of ["name", "face_value", "threshold", "points_cost", "stock", "valid_days"]) {
      expect(await points.error(drawer, field).textContent()).toBe("")
    }
    await drawer.getByText(`Shoppers pay 500 points for a coupon of ${money(55)} off ${money(299)}`).waitFor()
    await drawer.getByRole("button", { name: "Create offer" }).click()
    await points.toast("Exchange offer created").waitFor({ timeout: 30000 })
    await drawer.waitFor({ state: "detached", timeout: 10000 })

    const row = points.offerRow(offerName)
    await row.waitFor({ timeout: 30000 })
    const text = (await row.textContent()) ?? ""
    expect(text).toContain(`${money(55)} off ${money(299)}`)
    expect(text).toContain("500")
    expect(text).toContain("100 / 100")
    expect(text).toContain("Valid 30 days after the exchange · 2 per customer")
    await row.getByText("Compliant", { exact: true }).waitFor()
    await row.getByText("Open", { exact: true }).waitFor()
    expect(text).toContain("Until Jan 1, 2030, 10:00 AM")
    await points.dismissToasts()
    await points.settled()
    await screenshot(page, "points-offers")

    expect(await offerNamed(offerName)).toMatchObject({ compliance: "compliant", face_value: 55, ends_at: "2030-01-01T01:00:00.000Z" })
  })

  it("refuses an offer a free coupon beats, naming the coupon under the face value (POINTS-5)", async () => {
    await freeCoupon(freeName, 50, 299, `FREE50-${run}`)
    const points = new PointsPage(page)
    await points.open("?tab=offers")
    await points.createOffer.click()
    const drawer = points.drawer("Create exchange offer")
    await drawer.waitFor({ timeout: 10000 })
    await drawer.locator("#name").fill(refusedName)
    await points.choose(drawer, "Face value", money(50))
    await drawer.locator("#threshold").fill("299")
    await drawer.locator("#points_cost").fill("300")
    await drawer.locator("#stock").fill("10")
    await drawer.getByRole("button", { name: "Create offer" }).click()

    const error = points.error(drawer, "face_value")
    await error.getByText(/deeper discount than the store's free coupons/).waitFor({ timeout: 30000 })
    // With the currency's signs, not bare numbers.
    expect(await error.textContent()).toContain(`"${freeName}" gives ${money(50)} off over ${money(299)}, while this offer gives ${money(50)} off over ${money(299)}`)
    expect(await drawer.getByRole("combobox", { name: "Face value" }).getAttribute("aria-invalid")).toBe("true")
    await points.settled()
    await screenshot(page, "points-offer-refused")

    // A deeper face value clears the error; cancelling creates nothing.
    await points.choose(drawer, "Face value", money(60))
    expect(await error.textContent()).toBe("")
    await drawer.getByRole("button", { name: "Cancel" }).click()
    await drawer.waitFor({ state: "detached", timeout: 10000 })
    expect(await offerNamed(refusedName)).toBeUndefined()
  })

  it("shows an offer a new free coupon beats as non-compliant, and an edit makes it compliant again", async () => {
    await freeCoupon(deeperFreeName, 60, 299, `FREE60-${run}`)
    // The offers are judged again when a coupon changes (an event subscriber).
    await eventually(
      () => offerNamed(offerName),
      (o) => o?.compliance === "non_compliant"
    )
    const points = new PointsPage(page)
    await points.open("?tab=offers")
    const row = points.offerRow(offerName)
    await row.getByText("Non-compliant", { exact: true }).waitFor({ timeout: 30000 })
    const text = (await row.textContent()) ?? ""
    expect(text).toContain(`"${deeperFreeName}" gives ${money(60)} off over ${money(299)}`)
    expect(text).toContain("Hidden from shoppers")
    await screenshot(page, "points-offers-non-compliant")

    await points.offerAction(offerName, "Edit")
    const drawer = points.drawer("Edit exchange offer")
    await drawer.waitFor({ timeout: 10000 })
    expect(await drawer.locator("#name").inputValue()).toBe(offerName)
    expect(await drawer.locator("#threshold").inputValue()).toBe("299")
    // Currency and validity are fixed once the offer exists.
    expect(await drawer.locator("#valid_days").isDisabled()).toBe(true)
    await points.choose(drawer, "Face value", money(70))
    await drawer.getByRole("button", { name: "Save", exact: true }).click()
    await points.toast("Exchange offer saved").waitFor({ timeout: 30000 })
    await drawer.waitFor({ state: "detached", timeout: 10000 })
    await row.getByText("Compliant", { exact: true }).waitFor({ timeout: 30000 })
    expect(await row.textContent()).toContain(`${money(70)} off ${money(299)}`)
    expect(await offerNamed(offerName)).toMatchObject({ compliance: "compliant", face_value: 70 })
  })

  it("withdraws an offer after confirmation", async () => {
    await api.post("/admin/coupon-marketing/exchange-offers", {
      name: withdrawnName,
      face_value: 100,
      threshold: 0,
      currency_code: currency,
      points_cost: 900,
      stock: 5,
      valid_days: 10,
    })
    const points = new PointsPage(page)
    await points.open("?tab=offers")
    await points.offerRow(withdrawnName).waitFor({ timeout: 30000 })
    expect(await points.offerRow(withdrawnName).textContent()).toContain(`${money(100)} off, no minimum spend`)

    await points.offerAction(withdrawnName, "Withdraw")
    await points.prompt.waitFor({ timeout: 10000 })
    expect(await points.prompt.textContent()).toContain("No coupon was exchanged yet.")
    await points.prompt.getByRole("button", { name: "Withdraw" }).click()
    await points.toast("Exchange offer withdrawn").waitFor({ timeout: 30000 })
    await points.offerRow(withdrawnName).waitFor({ state: "detached", timeout: 30000 })
    expect(await offerNamed(withdrawnName)).toBeUndefined()
    await points.offerRow(offerName).waitFor()
  })

  it("adds a budget deposit: a deposit of 1,000,000 is refused inline, then the totals and the list update (POINTS-6)", async () => {
    const before = (await api.get<{ budgets: ApiBudget[] }>("/admin/coupon-marketing/budget")).budgets.find(
      (b) => b.currency_code === currency
    ) ?? { deposited: 0, drawn: 0, remaining: 0 }

    const points = new PointsPage(page)
    await points.open("?tab=offers")
    await points.openTab("Budget")
    expect(new URL(page.url()).searchParams.get("tab")).toBe("budget")
    await points.addDeposit.click()

    const drawer = points.drawer("Add deposit")
    await drawer.waitFor({ timeout: 10000 })
    await drawer.getByText("split larger deposits").waitFor()
    // The currency defaults to the store's default one.
    expect(await drawer.getByRole("combobox", { name: "Currency" }).textContent()).toContain(currency.toUpperCase())

    await drawer.locator("#amount").fill("1000000")
    await drawer.locator("#reason").fill(depositReason)
    await drawer.getByRole("button", { name: "Add deposit" }).click()
    await points.error(drawer, "amount").getByText(/One deposit must be below 1,000,000 \(split larger ones\)/).waitFor({ timeout: 10000 })
    expect(await drawer.locator("#amount").getAttribute("aria-invalid")).toBe("true")
    await points.settled()
    await screenshot(page, "points-deposit-too-large")

    // A reason is required too.
    await drawer.locator("#reason").fill("")
    await points.error(drawer, "reason").getByText("A reason is required").waitFor()

    await drawer.locator("#amount").fill("50000")
    await drawer.locator("#reason").fill(depositReason)
    expect(await points.error(drawer, "amount").textContent()).toBe("")
    await drawer.getByRole("button", { name: "Add deposit" }).click()
    await points.toast(/^Deposit DEP-\d{6} added$/).waitFor({ timeout: 30000 })
    await drawer.waitFor({ state: "detached", timeout: 10000 })

    await withText(points.budgetFigure(currency, "deposited"), money(before.deposited + 50000)).waitFor({ timeout: 30000 })
    await withText(points.budgetFigure(currency, "remaining"), money(before.remaining + 50000)).waitFor()
    await withText(points.budgetFigure(currency, "drawn"), money(before.drawn)).waitFor()
    // The bar's words: what is drawn of what, with the currency, never a bare "0%" for a real draw.
    const share = (await points.budgetShare(currency).textContent()) ?? ""
    expect(share).toContain(`${money(before.drawn)} of ${money(before.deposited + 50000)} drawn`)
    if (before.drawn > 0) expect(share).not.toContain("(0%)")
    // The deposits' dates are in the store's time zone, and the page says which.
    await points.timeZoneNote.first().getByText("Times are in the store's time zone (Asia/Tokyo).").waitFor()

    const { deposits } = await api.get<{ deposits: { deposit_number: string; reason: string; amount: number }[] }>(
      "/admin/coupon-marketing/budget/deposits?limit=100"
    )
    const deposit = deposits.find((d) => d.reason === depositReason)
    expect(deposit).toMatchObject({ amount: 50000 })
    expect(deposit!.deposit_number).toMatch(/^DEP-\d{6}$/)
    const row = points.depositsTable.getByRole("row").filter({ hasText: depositReason })
    await row.waitFor({ timeout: 30000 })
    const rowText = (await row.textContent()) ?? ""
    expect(rowText).toContain(deposit!.deposit_number)
    expect(rowText).toContain(money(50000))
    // Only one deposit was made.
    expect(deposits.filter((d) => d.reason === depositReason)).toHaveLength(1)
    await points.dismissToasts()
    await points.settled()
    await screenshot(page, "points-budget")
  })

  describe("a customer's points", () => {
    let customerId: string
    const bonus = `Welcome bonus ${run}`

    beforeAll(async () => {
      const { customer } = await api.post<{ customer: { id: string } }>("/admin/customers", {
        email,
        first_name: "Hanako",
        last_name: "Sato",
      })
      customerId = customer.id
      const { balance } = await api.post<{ balance: number }>(`/admin/coupon-marketing/points/${customerId}/adjustments`, {
        points: 120,
        reason: bonus,
      })
      expect(balance).toBe(120)
    })

    it("shows the balance and the ledger on Medusa's customer page (widget)", async () => {
      const customerPage = new CustomerPage(page)
      await customerPage.open(customerId)
      await withText(customerPage.balance, "120 points").waitFor({ timeout: 30000 })
      const line = customerPage.recent.getByRole("listitem").filter({ hasText: bonus })
      await line.waitFor()
      const text = (await line.textContent()) ?? ""
      expect(text).toContain("+120")
      expect(text).toContain("Adjustment")
      expect(text).toContain("balance 120")
      // The admin who made the adjustment, by email rather than by id.
      await line.getByText(`by ${admin.email}`).waitFor({ timeout: 30000 })
      await customerPage.points.getByText("None exchanged yet.").waitFor()
      await customerPage.points.scrollIntoViewIfNeeded()
      // Near the top of the page (the side column's first card), above Medusa's Metadata and JSON sections.
      const widgetTop = (await customerPage.points.boundingBox())!.y
      const json = page.getByText("JSON", { exact: true }).first()
      if (await json.count()) expect(widgetTop).toBeLessThan((await json.boundingBox())!.y)
      await screenshot(page, "customer-points-widget")

      // The widget links to the customer's account under Points → Customers.
      await customerPage.points.getByRole("link", { name: "Open in Points" }).click()
      const points = new PointsPage(page)
      await points.heading.waitFor({ timeout: 60000 })
      expect(await points.tab("Customers").getAttribute("aria-selected")).toBe("true")
      expect(new URL(page.url()).searchParams.get("customer_id")).toBe(customerId)
      await withText(points.balance, "120 points").waitFor({ timeout: 30000 })
      await points.account.getByRole("heading", { name: "Hanako Sato" }).waitFor()
    })

    it("finds the customer under Points → Customers and adjusts their points, confirming debits", async () => {
      const points = new PointsPage(page)
      await points.open("?tab=customers")
      await points.customerSearch.fill(email)
      const found = points.customersFound.getByRole("button", { name: new RegExp(email.replace(/\./g, "\\.")) })
      await found.waitFor({ timeout: 30000 })
      await found.click()
      await withText(points.balance, "120 points").waitFor({ timeout: 30000 })
      await points.ledger.getByRole("row").filter({ hasText: bonus }).waitFor()

      // Taking more than the balance is not offered: the button is disabled and the drawer says why.
      await points.adjustPoints.click()
      const drawer = points.drawer("Adjust points")
      await drawer.waitFor({ timeout: 10000 })
      await drawer.getByRole("button", { name: "Add points" }).click()
      await points.error(drawer, "points").getByText(/Enter the points/).waitFor({ timeout: 10000 })
      await points.error(drawer, "reason").getByText("A reason is required").waitFor()
      await drawer.locator("#points").fill("-500")
      await drawer.locator("#reason").fill(`Correction ${run}`)
      await drawer.getByText("Hanako Sato has only 120 points: you can take at most 120 points.").waitFor({ timeout: 10000 })
      expect(await drawer.getByRole("button", { name: "Take points" }).isDisabled()).toBe(true)
      await points.settled()
      await screenshot(page, "points-adjust-overdrawn")

      // A debit within the balance: asked first, then written.
      await drawer.locator("#points").fill("-20")
      expect(await points.error(drawer, "points").textContent()).toBe("")
      await drawer.getByRole("button", { name: "Take points" }).click()
      await points.prompt.waitFor({ timeout: 10000 })
      expect(await points.prompt.textContent()).toContain("The balance goes from 120 to 100.")
      await points.settled()
      await screenshot(page, "points-adjust-confirm")
      await points.prompt.getByRole("button", { name: "Take points" }).click()
      await points.toast("20 points taken away").waitFor({ timeout: 30000 })
      await drawer.waitFor({ state: "detached", timeout: 10000 })
      await withText(points.balance, "100 points").waitFor({ timeout: 30000 })

      const newest = points.ledger.getByRole("row").nth(1)
      await newest.getByText(`Correction ${run}`, { exact: false }).waitFor({ timeout: 30000 })
      expect(await newest.textContent()).toContain("−20")
      expect(await points.ledger.getByRole("row").count()).toBe(3)
      await points.dismissToasts()
      await points.settled()
      await screenshot(page, "points-customers")

      const account = await api.get<{ balance: number; count: number }>(`/admin/coupon-marketing/points/${customerId}`)
      expect(account).toMatchObject({ balance: 100, count: 2 })
    })
  })
  describe("a shopper who exchanged points for a coupon (POINTS-7)", () => {
    const shopperEmail = `shopper.${run.toLowerCase()}@example.com`
    let shopperId: string
    let code: string

    beforeAll(async () => {
      // A storefront: a publishable key, and a shopper with an account.
      const { api_key } = await api.post<{ api_key: { token: string } }>("/admin/api-keys", {
        title: `Points storefront ${run}`,
        type: "publishable",
      })
      const store = { "x-publishable-api-key": api_key.token }
      const password = "shopper-pass-1"
      const register = await context.request.post(`${baseUrl}/auth/customer/emailpass/register`, {
        data: { email: shopperEmail, password },
      })
      const { token: registration } = (await register.json()) as { token: string }
      const created = await context.request.post(`${baseUrl}/store/customers`, {
        data: { email: shopperEmail, first_name: "Kenji", last_name: "Mori" },
        headers: { ...store, Authorization: `Bearer ${registration}` },
      })
      expect(created.status()).toBe(200)
      shopperId = ((await created.json()) as { customer: { id: string } }).customer.id
      const login = await context.request.post(`${baseUrl}/auth/customer/emailpass`, { data: { email: shopperEmail, password } })
      const { token } = (await login.json()) as { token: string }

      await api.post(`/admin/coupon-marketing/points/${shopperId}/adjustments`, { points: 600, reason: `Launch gift ${run}` })
      const offer = await offerNamed(offerName)
      const exchanged = await context.request.post(`${baseUrl}/store/coupon-marketing/me/points/exchanges`, {
        data: { offer_id: offer!.id },
        headers: { ...store, Authorization: `Bearer ${token}` },
      })
      expect({ status: exchanged.status(), body: await exchanged.text() }).toMatchObject({ status: 201 })
      code = ((JSON.parse(await exchanged.text())) as { exchange: { code: string } }).exchange.code
    })

    it("shows the coupon held, the exchange in the ledger, and the offer's stock and budget drawn", async () => {
      const customerPage = new CustomerPage(page)
      await customerPage.open(shopperId)
      await withText(customerPage.balance, "100 points").waitFor({ timeout: 30000 })
      const coupons = customerPage.points.getByRole("list", { name: "Coupons from points" })
      const held = coupons.getByRole("listitem").filter({ hasText: code })
      await held.waitFor({ timeout: 30000 })
      const heldText = (await held.textContent()) ?? ""
      // The offer it came from, its value with the minimum spend, and the points paid.
      expect(heldText).toContain(`${offerName} · ${money(70)} off over ${money(299)} · 500 points`)
      expect(heldText).toContain("Unused")
      expect(heldText).toMatch(/Expires /)
      const exchangedLine = customerPage.recent.getByRole("listitem").first()
      expect(await exchangedLine.textContent()).toContain("Exchanged")
      expect(await exchangedLine.textContent()).toContain("−500")
      await customerPage.points.scrollIntoViewIfNeeded()
      await screenshot(page, "customer-points-widget-coupon")

      const points = new PointsPage(page)
      await points.open(`?tab=customers&customer_id=${shopperId}`)
      await withText(points.balance, "100 points").waitFor({ timeout: 30000 })
      const row = page.getByRole("table", { name: "Coupons from points" }).getByRole("row").filter({ hasText: code })
      await row.waitFor({ timeout: 30000 })
      expect(await row.textContent()).toContain("500")

      // The offer's stock and the budget show the exchange.
      await points.openTab("Exchange offers")
      await points.offerRow(offerName).getByText("99 / 100").waitFor({ timeout: 30000 })
      await points.openTab("Budget")
      await withText(points.budgetFigure(currency, "drawn"), money(70)).waitFor({ timeout: 30000 })
      // A small draw (70 of at least 50,000) is a precise share, not "0%".
      const share = (await points.budgetShare(currency).textContent()) ?? ""
      expect(share).toMatch(new RegExp(`^${money(70).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} of .+ drawn by exchanged coupons \\((<0\\.1|0\\.\\d)%\\)$`))
      await points.settled()
      await screenshot(page, "points-budget-drawn")
    })
  })
})
