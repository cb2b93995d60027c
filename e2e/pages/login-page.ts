import { expect } from "@jest/globals"
import { Page } from "playwright-core"
import { baseUrl } from "../support/browser"

/** The dashboard's login form (/app/login). */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async login(email: string, password: string) {
    const emailField = this.page.getByLabel("Email").or(this.page.getByPlaceholder("Email")).first()
    // The first load of the admin under `medusa develop` waits for Vite to pre-bundle. A change
    // anywhere in the repo restarts the dev server, and a page caught loading then stays blank
    // (its module requests failed): load it again.
    const waits = [120000, 100000, 70000] // within the hook's 300 s
    for (let attempt = 0; ; attempt++) {
      try {
        await this.page.goto(`${baseUrl}/app/login`, { timeout: waits[attempt] })
        await emailField.waitFor({ timeout: waits[attempt] })
        break
      } catch (error) {
        if (attempt + 1 >= waits.length) throw error
        console.warn(`[e2e] the login page did not load (${(error as Error).message.split("\n")[0]}): loading it again`)
      }
    }
    await emailField.fill(email)
    await this.page.getByLabel("Password").or(this.page.getByPlaceholder("Password")).first().fill(password)
    await this.page.getByRole("button", { name: "Continue with Email" }).or(this.page.getByRole("button", { name: "Continue" })).first().click()
    await this.page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60000 })
    expect(new URL(this.page.url()).pathname).not.toMatch(/login$/)
  }
}
