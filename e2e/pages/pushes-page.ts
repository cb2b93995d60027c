import { Locator, Page } from "playwright-core"
import { baseUrl } from "../support/browser"

/** Coupon marketing → Pushes: the records (PUSH-11), the create wizard, a push's page (PUSH-10, PUSH-13). */
export class PushesPage {
  readonly heading: Locator
  readonly table: Locator
  readonly empty: Locator
  readonly createPush: Locator
  readonly next: Locator
  readonly back: Locator
  readonly schedule: Locator
  readonly stepError: Locator
  readonly audienceCount: Locator
  readonly audienceExcluded: Locator
  readonly preview: Locator
  readonly progress: Locator
  readonly status: Locator
  readonly cancel: Locator
  readonly cancelNote: Locator

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Pushes", exact: true })
    this.table = page.getByRole("table", { name: "Pushes" })
    this.empty = page.getByTestId("pushes-empty")
    this.createPush = page.getByRole("main").getByRole("link", { name: "Create push" }).first()
    this.next = page.getByRole("button", { name: "Next", exact: true })
    this.back = page.getByRole("button", { name: "Back", exact: true })
    this.schedule = page.getByRole("button", { name: "Schedule push" })
    this.stepError = page.locator("#push_step_error")
    this.audienceCount = page.getByTestId("push-audience-count")
    this.audienceExcluded = page.getByTestId("push-audience-excluded")
    this.preview = page.getByTestId("push-preview")
    this.progress = page.getByRole("progressbar", { name: "Delivery progress" })
    this.status = page.getByRole("main").getByTestId("push-status").first()
    this.cancel = page.getByRole("button", { name: "Cancel push" })
    this.cancelNote = page.getByTestId("push-cancel-note")
  }

  /** Opens the page the way an admin does: the sidebar's "Coupon marketing", then "Pushes" on its landing page. */
  async openFromSidebar() {
    await this.page.goto(`${baseUrl}/app`, { timeout: 240000 })
    await this.page.getByRole("link", { name: "Coupon marketing" }).first().click({ timeout: 240000 })
    await this.page.getByRole("main").getByRole("link", { name: /^Pushes/ }).click()
    await this.heading.waitFor({ timeout: 60000 })
  }

  async open(id?: string) {
    await this.page.goto(`${baseUrl}/app/coupon-marketing/pushes${id ? `/${id}` : ""}`, { timeout: 240000 })
  }

  /** The wizard's current step section (`push-step-<step>`). */
  step(step: string): Locator {
    return this.page.getByTestId(`push-step-${step}`)
  }

  /** A choice box of a radio group (type, coupon, audience kind, best items mode). */
  choice(label: string | RegExp): Locator {
    return this.page.getByRole("radio", { name: label })
  }

  /** The records' row of a push, by its coupon's name. */
  row(couponName: string): Locator {
    return this.table.getByRole("row").filter({ hasText: couponName })
  }

  /** The day tabs of the slot picker. */
  dayTabs(): Locator {
    return this.page.getByRole("tablist", { name: "Send day" }).getByRole("tab")
  }

  /** The time buttons of the open day. */
  times(): Locator {
    return this.page.getByRole("tabpanel").getByRole("button")
  }

  channelRow(channel: "email" | "feed" | "push"): Locator {
    return this.page.getByTestId(`push-channel-${channel}`)
  }
}
