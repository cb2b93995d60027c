import { Locator, Page } from "playwright-core"
import { baseUrl } from "../support/browser"

/** Coupon marketing → Coupons: the list. */
export class CouponsPage {
  readonly heading: Locator
  readonly createCoupon: Locator
  readonly search: Locator
  readonly table: Locator
  readonly noMatch: Locator

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Coupons", exact: true })
    this.createCoupon = page.getByRole("main").getByRole("link", { name: "Create coupon" }).first()
    this.search = page.getByRole("searchbox", { name: "Search coupons" })
    this.table = page.getByRole("table", { name: "Coupons" })
    this.noMatch = page.getByRole("heading", { name: "No coupons match" })
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

  /** Opens the row's actions menu and picks "Edit" or "Delete". */
  async rowAction(name: string, action: "Edit" | "Delete") {
    await this.row(name).getByRole("button", { name: `Actions for ${name}` }).click()
    await this.page.getByRole("menuitem", { name: action }).click()
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

  constructor(private readonly page: Page) {
    this.name = page.getByLabel("Name", { exact: true })
    this.code = page.getByLabel("Coupon code", { exact: true })
    this.start = page.getByLabel("Start", { exact: true })
    this.end = page.getByLabel("End", { exact: true })
    this.benefitValue = page.locator("#benefit_value")
    this.create = page.getByRole("button", { name: "Create coupon" })
    this.save = page.getByRole("button", { name: "Save", exact: true })
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

  /** A datetime-local value `hours` from now, in the browser's own time zone. */
  async localDateTimeIn(hours: number): Promise<string> {
    return this.page.evaluate((h) => {
      const d = new Date(Date.now() + h * 3600 * 1000)
      const p = (n: number) => String(n).padStart(2, "0")
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`
    }, hours)
  }
}
