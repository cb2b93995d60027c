import { Locator, Page } from "playwright-core"
import { baseUrl } from "../support/browser"

/** Coupon marketing → Followers (PUSH-1, PUSH-2). */
export class FollowersPage {
  readonly heading: Locator
  readonly count: Locator
  readonly search: Locator
  readonly table: Locator
  readonly empty: Locator
  readonly exportCsv: Locator
  readonly followedFrom: Locator
  readonly clearFilters: Locator
  /** "Matching followers" over the count: the filters are applied (the search waits for typing to stop). */
  readonly filteredCount: Locator

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Followers", exact: true })
    this.count = page.getByTestId("followers-count")
    this.search = page.getByRole("main").getByRole("searchbox", { name: "Search followers" })
    this.table = page.getByRole("table", { name: "Followers" })
    this.empty = page.getByTestId("followers-empty")
    this.exportCsv = page.getByRole("link", { name: "Export CSV" })
    this.followedFrom = page.getByRole("group", { name: "Followed from" }).first()
    this.clearFilters = page.getByRole("button", { name: "Clear filters" })
    this.filteredCount = page.getByText("Matching followers", { exact: true })
  }

  /** Opens the page the way an admin does: the sidebar's "Coupon marketing", then "Followers". */
  async openFromSidebar() {
    await this.page.goto(`${baseUrl}/app`, { timeout: 240000 })
    await this.page.getByRole("link", { name: "Coupon marketing" }).first().click({ timeout: 240000 })
    await this.page.getByRole("main").getByRole("link", { name: /^Followers/ }).click()
    await this.heading.waitFor({ timeout: 60000 })
  }

  /** The table's row of the follower with this email. */
  row(email: string): Locator {
    return this.table.getByRole("row").filter({ hasText: email })
  }

  /** Types a day into the "Followed from" date picker (its segments, month/day/year in en-US). */
  async setFollowedFrom(date: Date) {
    const segments = this.followedFrom.getByRole("spinbutton")
    await segments.first().click()
    const pad = (n: number) => String(n).padStart(2, "0")
    await this.page.keyboard.type(`${pad(date.getMonth() + 1)}${pad(date.getDate())}${date.getFullYear()}`)
  }
}
