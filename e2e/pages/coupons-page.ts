import { Locator, Page } from "playwright-core"
import { baseUrl } from "../support/browser"
import { typeDateTime } from "../support/date-picker"

/** Coupon marketing → Coupons: the list. */
export class CouponsPage {
  readonly heading: Locator
  readonly createCoupon: Locator
  readonly search: Locator
  readonly table: Locator
  readonly noMatch: Locator
  readonly exportOrders: Locator

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Coupons", exact: true })
    this.createCoupon = page.getByRole("main").getByRole("link", { name: "Create coupon" }).first()
    this.search = page.getByRole("searchbox", { name: "Search coupons" })
    this.table = page.getByRole("table", { name: "Coupons" })
    this.noMatch = page.getByRole("heading", { name: "No coupons match" })
    this.exportOrders = page.getByRole("main").getByRole("link", { name: "Export orders (CSV)" })
  }

  /** Opens the list the way an admin does: the sidebar's "Coupon marketing", then "Coupons". */
  async openFromSidebar() {
    await this.page.goto(`${baseUrl}/app`, { timeout: 240000 })
    await this.page.getByRole("link", { name: "Coupon marketing" }).first().click({ timeout: 240000 })
    await this.page.getByRole("main").getByRole("link", { name: /^Coupons/ }).click()
    await this.waitForList()
  }

  async waitForList() {
    await this.page.waitForURL((url) => url.pathname.endsWith("/coupon-marketing/coupons"), { timeout: 60000 })
    await this.heading.waitFor({ timeout: 60000 })
  }

  /** The table row of the coupon named `name`. */
  row(name: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("link", { name, exact: true }) })
  }

  /** Opens the row's actions menu. */
  async openRowActions(name: string): Promise<Locator> {
    await this.row(name).getByRole("button", { name: `Actions for ${name}` }).click()
    const menu = this.page.getByRole("menu")
    await menu.waitFor({ timeout: 10000 })
    return menu
  }

  /** Opens the row's actions menu and picks an action. */
  async rowAction(name: string, action: "Edit" | "View" | "Delete" | "Download usage report") {
    const menu = await this.openRowActions(name)
    await menu.getByRole("menuitem", { name: new RegExp(`^${action}`) }).click()
  }

  /** The confirmation asked before deleting (usePrompt). */
  get prompt(): Locator {
    return this.page.getByRole("alertdialog")
  }

  toast(text: string | RegExp): Locator {
    return this.page.getByText(text).first()
  }

  /** Waits for running animations (menus, dialogs fading in) to end, for a clean screenshot. */
  async settled() {
    await this.page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"))
  }
}

/** Coupon marketing → Coupons → Create coupon / a coupon: the shared coupon form. */
export class CouponFormPage {
  readonly name: Locator
  readonly code: Locator
  readonly start: Locator
  readonly end: Locator
  readonly benefitValue: Locator
  readonly create: Locator
  readonly save: Locator
  readonly delete: Locator
  readonly downloadReport: Locator
  readonly codesIssued: Locator
  readonly issueCodes: Locator
  readonly earliestStart: Locator
  readonly asSoonAsAllowed: Locator
  readonly offerWarning: Locator
  readonly giftSearch: Locator
  readonly giftOptions: Locator
  readonly giftChosen: Locator
  readonly timeZoneNote: Locator

  constructor(private readonly page: Page) {
    this.name = page.getByLabel("Name", { exact: true })
    this.code = page.getByLabel("Coupon code", { exact: true })
    // Medusa's DatePicker: a group of date and time segments (spinbuttons), on the store's clocks.
    this.start = page.getByTestId("starts_at_field")
    this.end = page.getByTestId("ends_at_field")
    this.earliestStart = page.getByTestId("earliest_start")
    this.asSoonAsAllowed = page.getByRole("button", { name: "As soon as allowed" })
    this.offerWarning = page.getByTestId("offer-impact-warning")
    this.giftSearch = page.getByRole("searchbox", { name: "Search gift products" })
    this.giftOptions = page.getByRole("listbox", { name: "Gift variants" }).getByRole("option")
    this.giftChosen = page.getByTestId("gift_variant_id_chosen")
    this.timeZoneNote = page.getByTestId("store-time-zone")
    this.benefitValue = page.locator("#benefit_value")
    this.create = page.getByRole("button", { name: "Create coupon" })
    this.save = page.getByRole("button", { name: "Save", exact: true })
    this.delete = page.getByRole("main").getByRole("button", { name: "Delete", exact: true })
    this.downloadReport = page.getByRole("main").getByRole("link", { name: "Download usage report" })
    this.codesIssued = page.locator("#codes_issued")
    this.issueCodes = page.getByRole("main").getByRole("button", { name: "Issue codes" })
  }

  /** Opens a coupon's page by its address. */
  async open(couponId: string) {
    await this.page.goto(`${baseUrl}/app/coupon-marketing/coupons/${couponId}`, { timeout: 240000 })
    await this.page.getByRole("form", { name: /coupon$/ }).waitFor({ timeout: 60000 })
    await this.name.waitFor({ timeout: 60000 })
  }

  heading(text: string): Locator {
    return this.page.getByRole("heading", { name: text, exact: true })
  }

  /** The error shown under a field (`#<field>_error`). */
  error(field: string): Locator {
    return this.page.locator(`#${field}_error`)
  }

  audience(label: string): Locator {
    return this.page.getByRole("radio", { name: new RegExp(`^${label}`) })
  }

  async chooseBenefit(label: string) {
    await this.page.getByRole("combobox", { name: "Benefit" }).click()
    await this.page.getByRole("option", { name: label }).click()
  }

  /** Scrolls the dashboard's main column so that `locator` is a third down the window. */
  async scrollTo(locator: Locator) {
    await locator.evaluate((el) => {
      let column = el.parentElement
      while (column && !(column.scrollHeight > column.clientHeight && /auto|scroll/.test(getComputedStyle(column).overflowY))) {
        column = column.parentElement
      }
      if (!column) return el.scrollIntoView({ block: "center" })
      const offset = el.getBoundingClientRect().top - column.getBoundingClientRect().top
      column.scrollTo({ top: column.scrollTop + offset - column.clientHeight / 3 })
    })
  }

  category(name: string): Locator {
    return this.page.getByRole("checkbox", { name, exact: true })
  }

  /** A date-time field's value: the wall time it holds on the store's clocks ("2026-12-01T10:00"). */
  async dateTimeValue(field: Locator): Promise<string> {
    return (await field.getAttribute("data-value")) ?? ""
  }

  /** Whether a date-time field is disabled (its segments are). */
  async dateTimeDisabled(field: Locator): Promise<boolean> {
    return (await field.getByRole("spinbutton").first().getAttribute("aria-disabled")) === "true"
  }

  /** Types a wall time on the store's clocks into a date-time field (Medusa's DatePicker). */
  async typeDateTime(field: Locator, wall: string) {
    await typeDateTime(this.page, field, wall)
  }

  /** Searches the gift picker for `q` and waits for the admin API's answer. */
  async searchGift(q: string) {
    const answered = this.page.waitForResponse(
      (r) => new URL(r.url()).pathname.endsWith("/admin/products") && new URL(r.url()).searchParams.get("q") === q,
      { timeout: 30000 }
    )
    await this.giftSearch.fill(q)
    await answered
  }
}

/** The "Issue codes" drawer of an individual-code coupon. */
export class IssueCodesDrawer {
  readonly root: Locator
  readonly submit: Locator

  constructor(private readonly page: Page) {
    this.root = page.getByRole("dialog", { name: "Issue codes" })
    this.submit = this.root.getByRole("button", { name: "Issue codes" })
  }

  async waitFor() {
    await this.root.waitFor({ timeout: 10000 })
  }

  /** Waits for the drawer's slide-in (and any other animation) to end, for a clean screenshot. */
  async settled() {
    await this.page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"))
  }

  recipients(label: string | RegExp): Locator {
    return this.root.getByRole("radio", { name: label })
  }

  /** Chooses "A customer group", searches it by name and picks it (the one match). */
  async pickGroup(name: string) {
    await this.recipients(/^A customer group/).click()
    await this.search(this.root.getByRole("searchbox", { name: "Customer group" }), "/admin/customer-groups", name)
    const options = this.root.getByRole("listbox", { name: "Customer groups" }).getByRole("option")
    await this.waitForCount(options, 1)
    await options.filter({ hasText: name }).click()
    await this.root.locator('[role="option"][aria-selected="true"]').filter({ hasText: name }).waitFor()
  }

  /** Chooses "Picked customers" and ticks each one found by searching its email (the one match). */
  async pickCustomers(emails: string[]) {
    await this.recipients(/^Picked customers/).click()
    const found = this.root.getByRole("list", { name: "Customers found" }).getByRole("checkbox")
    for (const email of emails) {
      await this.search(this.root.getByRole("searchbox", { name: "Customers" }), "/admin/customers", email)
      await this.waitForCount(found, 1)
      await found.click()
      await this.root.getByRole("list", { name: "Selected customers" }).getByText(email).waitFor()
    }
  }

  /** Types a search and waits for the admin API's answer to it. */
  private async search(box: Locator, path: string, q: string) {
    const answered = this.page.waitForResponse(
      (r) => new URL(r.url()).pathname.endsWith(path) && new URL(r.url()).searchParams.get("q") === q,
      { timeout: 30000 }
    )
    await box.fill(q)
    await answered
  }

  private async waitForCount(locator: Locator, n: number, timeoutMs = 10000) {
    const until = Date.now() + timeoutMs
    while ((await locator.count()) !== n) {
      if (Date.now() > until) throw new Error(`expected ${n} matches of ${locator}, found ${await locator.count()}`)
      await this.page.waitForTimeout(100)
    }
  }
}

/** Medusa's own promotion page (/app/promotions/:id), where the coupon policy widget shows. */
export class PromotionPage {
  readonly policy: Locator

  constructor(private readonly page: Page) {
    this.policy = page.getByRole("region", { name: "Coupon policy" })
  }

  async open(promotionId: string) {
    await this.page.goto(`${baseUrl}/app/promotions/${promotionId}`, { timeout: 240000 })
    await this.policy.waitFor({ timeout: 60000 })
  }

  /** Medusa's own heading of the promotion: its code. */
  codeHeading(code: string) {
    return this.page.getByRole("heading", { name: code, exact: true })
  }
}

/** Medusa's own Promotions list (/app/promotions): code, method and status per row. */
export class PromotionsListPage {
  constructor(private readonly page: Page) {}

  async open(search: string) {
    await this.page.goto(`${baseUrl}/app/promotions?q=${encodeURIComponent(search)}`, { timeout: 240000 })
  }

  row(code: string) {
    return this.page.getByRole("row").filter({ hasText: code })
  }
}

/** Medusa's own order page (/app/orders/:id), where the coupon an order used shows. */
export class OrderPage {
  readonly couponUsed: Locator

  constructor(private readonly page: Page) {
    this.couponUsed = page.getByRole("region", { name: "Coupon used" })
  }

  /** Opens the order's page; resolves once the plugin's widget asked for the order's coupon. */
  async open(orderId: string) {
    const asked = this.page.waitForResponse((r) => r.url().includes(`/admin/coupon-marketing/orders/${orderId}/coupon`), {
      timeout: 120000,
    })
    await this.page.goto(`${baseUrl}/app/orders/${orderId}`, { timeout: 240000 })
    await asked
  }
}
