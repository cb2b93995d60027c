import { expect } from "@jest/globals"
import { Page } from "playwright-core"
import { baseUrl } from "../support/browser"

/** The dashboard's login form (/app/login). */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async login(email: string, password: string) {
    // The first load of the admin under `medusa develop` waits for Vite to pre-bundle.
    await this.page.goto(`${baseUrl}/app/login`, { timeout: 240000 })
    await this.page.getByLabel("Email").or(this.page.getByPlaceholder("Email")).first().fill(email, { timeout: 240000 })
    await this.page.getByLabel("Password").or(this.page.getByPlaceholder("Password")).first().fill(password)
    await this.page.getByRole("button", { name: "Continue with Email" }).or(this.page.getByRole("button", { name: "Continue" })).first().click()
    await this.page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60000 })
    expect(new URL(this.page.url()).pathname).not.toMatch(/login$/)
  }
}
