import { Locator, Page } from "playwright-core"
import { baseUrl } from "../support/browser"
import { typeDateTime } from "../support/date-picker"

/** Coupon marketing → Membership gift: the activities (GIFT-6), the create/edit form (GIFT-1 to GIFT-3), a gift's page with its results and Close. */
export class GiftsPage {
  readonly heading: Locator
  readonly table: Locator
  readonly empty: Locator
  readonly create: Locator
  readonly name: Locator
  readonly nameCounter: Locator
  readonly start: Locator
  readonly end: Locator
  readonly submit: Locator
  readonly status: Locator
  readonly close: Locator
  readonly edit: Locator
  readonly chart: Locator
  readonly storeCreditReason: Locator

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Membership gift", exact: true })
    this.table = page.getByRole("table", { name: "Membership gifts" })
    this.empty = page.getByTestId("gifts-empty")
    this.create = page.getByRole("main").getByRole("link", { name: "Create", exact: true }).first()
    this.name = page.locator("#name")
    this.nameCounter = page.getByTestId("name-counter")
    this.start = page.getByTestId("starts_at_field")
    this.end = page.getByTestId("ends_at_field")
    this.submit = page.getByRole("button", { name: /^(Create gift|Save|Save draft)$/ })
    this.status = page.getByRole("main").getByTestId("gift-status").first()
    this.close = page.getByRole("button", { name: "Close", exact: true })
    this.edit = page.getByRole("main").getByRole("link", { name: "Edit", exact: true })
    this.chart = page.getByTestId("gift-chart")
    this.storeCreditReason = page.getByTestId("gift-store-credit-reason")
  }

  /** Opens the page the way an admin does: the sidebar's "Coupon marketing", then "Membership gift" on its landing page. */
  async openFromSidebar() {
    await this.page.goto(`${baseUrl}/app`, { timeout: 240000 })
    await this.page.getByRole("link", { name: "Coupon marketing" }).first().click({ timeout: 240000 })
    await this.page.getByRole("main").getByRole("link", { name: /^Membership gift/ }).click()
    await this.heading.waitFor({ timeout: 60000 })
  }

  async open(path = "") {
    await this.page.goto(`${baseUrl}/app/coupon-marketing/membership-gift${path ? `/${path}` : ""}`, { timeout: 240000 })
  }

  /** The error line under a field ("name", "starts_at", "prizes.0.coupon_id"). */
  error(field: string): Locator {
    return this.page.locator(`#${field.replace(/\./g, "_")}_error`)
  }

  /** The "Add points", "Add coupon", "Add free shipping", "Add store credit" buttons. */
  addPrize(type: "points" | "coupon" | "free shipping" | "store credit"): Locator {
    return this.page.getByRole("group", { name: "Add a prize" }).getByRole("button", { name: `Add ${type}` })
  }

  /** A prize's own field ("amount", "coupon_id", "currency_code") by the prize's position. */
  prizeField(index: number, field: string): Locator {
    return this.page.locator(`#prizes_${index}_${field}`)
  }

  /** A coupon offered by a prize's picker. */
  couponChoice(name: string | RegExp): Locator {
    return this.page.getByRole("radio", { name })
  }

  async typeDateTime(field: Locator, wall: string) {
    await typeDateTime(this.page, field, wall)
  }

  /** The list's row of a gift, by its name. */
  row(name: string): Locator {
    return this.table.getByRole("row").filter({ hasText: name })
  }

  /** A figure of the results ("new-members", "grants", "coupon-uses", "revenue"). */
  stat(name: string): Locator {
    return this.page.getByTestId(`gift-stat-${name}-value`)
  }

  /** The confirmation asked before closing (usePrompt). */
  get prompt(): Locator {
    return this.page.getByRole("alertdialog")
  }

  toast(text: string | RegExp): Locator {
    return this.page.getByText(text).first()
  }

  /** Closes the toasts still shown, for a clean screenshot. */
  async dismissToasts() {
    const toasts = this.page.locator('[data-sonner-toast]:not([data-removed="true"])')
    for (let i = 0; i < 10 && (await toasts.count()) > 0; i++) {
      await toasts.first().locator("button").last().click({ timeout: 2000 }).catch(() => undefined)
      await this.page.waitForTimeout(250)
    }
    await this.page.locator("[data-sonner-toast]").first().waitFor({ state: "detached", timeout: 10000 }).catch(() => undefined)
  }

  /** Waits for running animations (dialogs, toasts) to end, for a clean screenshot. */
  async settled() {
    await this.page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"))
  }
}
