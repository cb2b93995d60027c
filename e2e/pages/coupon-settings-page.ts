import { Locator, Page } from "playwright-core"
import { baseUrl } from "../support/browser"

/** Coupon marketing → Coupon settings. */
export class CouponSettingsPage {
  readonly heading: Locator
  readonly guideText: Locator
  readonly guideTextError: Locator
  readonly save: Locator

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Coupon settings" })
    this.guideText = page.getByLabel("Guide text")
    this.guideTextError = page.locator("#guide_text_error")
    this.save = page.getByRole("button", { name: "Save" })
  }

  /** Opens the page the way an admin does: the sidebar's "Coupon marketing", then "Coupon settings". */
  async openFromSidebar() {
    await this.page.goto(`${baseUrl}/app`, { timeout: 240000 })
    await this.page.getByRole("link", { name: "Coupon marketing" }).first().click({ timeout: 240000 })
    await this.page.getByRole("main").getByRole("link", { name: /^Coupon settings/ }).click()
    await this.heading.waitFor({ timeout: 60000 })
    await this.guideText.waitFor()
  }

  async reload() {
    await this.page.reload()
    await this.heading.waitFor({ timeout: 60000 })
    await this.guideText.waitFor()
  }

  /** The sidebar's items called `name` (Medusa's own "Settings" is one). */
  sidebarItems(name: string): Locator {
    return this.page.getByRole("navigation").getByRole("link", { name, exact: true })
  }

  /** A read-only fact from the plugin options ("settings_timezone", "settings_min_start"). */
  fact(testId: string): Locator {
    return this.page.getByTestId(testId)
  }

  /** Medusa's breadcrumbs in the top bar ("Coupon marketing › Coupon settings"). */
  get breadcrumbs(): Locator {
    return this.page.locator("ol").filter({ has: this.page.getByRole("link", { name: "Coupon marketing", exact: true }) })
  }

  /** One message type's block in "Message texts" ("coupon-push"). */
  message(type: string): Locator {
    return this.page.getByTestId(`message_${type}`)
  }

  /** A message text field by its settings name ("coupon_push_subject"). */
  messageField(field: string): Locator {
    return this.page.locator(`#${field}`)
  }

  /** The preview frame of a message type. */
  previewFrame(type: string) {
    return this.page.frameLocator(`[data-testid="preview_${type}"] iframe`)
  }

  toast(text: string | RegExp): Locator {
    return this.page.getByText(text).first()
  }
}
