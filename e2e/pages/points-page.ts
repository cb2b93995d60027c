import { Locator, Page } from "playwright-core"
import { baseUrl } from "../support/browser"

/** Coupon marketing → Points: the Exchange offers, Budget and Customers tabs. */
export class PointsPage {
  readonly heading: Locator
  readonly offersTable: Locator
  readonly depositsTable: Locator
  readonly createOffer: Locator
  readonly addDeposit: Locator
  readonly customerSearch: Locator
  readonly customersFound: Locator
  readonly account: Locator
  readonly balance: Locator
  readonly ledger: Locator
  readonly adjustPoints: Locator

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Points", exact: true })
    this.offersTable = page.getByRole("table", { name: "Exchange offers" })
    this.depositsTable = page.getByRole("table", { name: "Deposits" })
    this.createOffer = page.getByRole("main").getByRole("button", { name: "Create offer" }).first()
    this.addDeposit = page.getByRole("main").getByRole("button", { name: "Add deposit" }).first()
    this.customerSearch = page.getByRole("searchbox", { name: "Search customers" })
    this.customersFound = page.getByRole("list", { name: "Customers found" })
    this.account = page.getByRole("region", { name: "Points account" })
    this.balance = page.locator("#points_balance")
    this.ledger = page.getByRole("table", { name: "Points ledger" })
    this.adjustPoints = page.getByRole("main").getByRole("button", { name: "Adjust points" })
  }

  /** Opens the page the way an admin does: the sidebar's "Coupon marketing", then "Points". */
  async openFromSidebar() {
    await this.page.goto(`${baseUrl}/app`, { timeout: 240000 })
    await this.page.getByRole("link", { name: "Coupon marketing" }).first().click({ timeout: 240000 })
    await this.page.getByRole("main").getByRole("link", { name: /^Points/ }).click()
    await this.heading.waitFor({ timeout: 60000 })
  }

  /** Opens the page by its address (the customer widget's link goes to the same). */
  async open(query = "") {
    await this.page.goto(`${baseUrl}/app/coupon-marketing/points${query}`, { timeout: 240000 })
    await this.heading.waitFor({ timeout: 60000 })
  }

  tab(name: "Exchange offers" | "Budget" | "Customers"): Locator {
    return this.page.getByRole("tab", { name, exact: true })
  }

  async openTab(name: "Exchange offers" | "Budget" | "Customers") {
    await this.tab(name).click()
    await this.page.waitForFunction(
      (n) => [...document.querySelectorAll('[role="tab"]')].some((t) => t.textContent === n && t.getAttribute("aria-selected") === "true"),
      name
    )
  }

  /** The offers table's row of the offer named `name`. */
  offerRow(name: string): Locator {
    return this.offersTable.getByRole("row").filter({ has: this.page.getByRole("button", { name, exact: true }) })
  }

  async offerAction(name: string, action: "Edit" | "Withdraw") {
    await this.offerRow(name).getByRole("button", { name: `Actions for ${name}` }).click()
    const menu = this.page.getByRole("menu")
    await menu.waitFor({ timeout: 10000 })
    await menu.getByRole("menuitem", { name: action }).click()
  }

  /** A drawer (create/edit offer, add deposit, adjust points), by its title. */
  drawer(title: string): Locator {
    return this.page.getByRole("dialog", { name: title })
  }

  /** The error shown under a field (`#<field>_error`) inside `scope`. */
  error(scope: Locator, field: string): Locator {
    return scope.locator(`#${field}_error`)
  }

  /** One currency's budget bar in words ("¥200 of ¥50,000 drawn by exchanged coupons (0.4%)"). */
  budgetShare(currency: string): Locator {
    return this.page.getByTestId(`budget_${currency}_share`)
  }

  /** "Times are in the store's time zone (…)." */
  get timeZoneNote(): Locator {
    return this.page.getByTestId("store-time-zone")
  }

  /** Medusa's breadcrumbs in the top bar ("Coupon marketing › Points"). */
  get breadcrumbs(): Locator {
    return this.page.locator("ol").filter({ has: this.page.getByRole("link", { name: "Coupon marketing", exact: true }) })
  }

  /** One currency's budget card figure. */
  budgetFigure(currency: string, figure: "deposited" | "drawn" | "remaining"): Locator {
    return this.page.getByTestId(`budget_${currency.toLowerCase()}_${figure}`)
  }

  /** The confirmation asked before withdrawing an offer or taking points away (usePrompt). */
  get prompt(): Locator {
    return this.page.getByRole("alertdialog")
  }

  toast(text: string | RegExp): Locator {
    return this.page.getByText(text).first()
  }

  /** Picks an option of a @medusajs/ui Select (a combobox) inside `scope`. */
  async choose(scope: Locator, combobox: string, option: string) {
    await scope.getByRole("combobox", { name: combobox }).click()
    await this.page.getByRole("option", { name: option, exact: true }).click()
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

  /** Waits for running animations (drawers sliding in, menus fading) to end, for a clean screenshot. */
  async settled() {
    await this.page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"))
  }
}

/** Medusa's own customer page (/app/customers/:id), where the points widget shows. */
export class CustomerPage {
  readonly points: Locator
  readonly balance: Locator
  readonly recent: Locator

  constructor(private readonly page: Page) {
    this.points = page.getByRole("region", { name: "Points", exact: true })
    this.balance = page.locator("#customer_points_balance")
    this.recent = page.getByRole("list", { name: "Recent points activity" })
  }

  async open(customerId: string) {
    await this.page.goto(`${baseUrl}/app/customers/${customerId}`, { timeout: 240000 })
    await this.points.waitFor({ timeout: 60000 })
  }
}
