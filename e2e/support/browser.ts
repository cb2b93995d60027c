import fs from "fs"
import path from "path"
import { Browser, BrowserContext, chromium, Page, request } from "playwright-core"

export const baseUrl = required("E2E_BASE_URL")
export const admin = { email: required("E2E_ADMIN_EMAIL"), password: required("E2E_ADMIN_PASSWORD") }
// Written under a dot-folder while the store runs (`medusa develop` restarts, and drops the
// admin's session, on any change elsewhere in the repo); the runner moves them to e2e/artifacts.
export const artifactsDir = required("E2E_ARTIFACTS_DIR")
const storageState = path.join(artifactsDir, ".admin-session.json")

function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the flows through \`npm run test:e2e\``)
  return value
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
  })
}

/**
 * A browser context logged in as the admin. The login runs once per run through the real
 * login form; later flows reuse its saved session.
 */
export async function adminContext(browser: Browser): Promise<BrowserContext> {
  await waitForServer()
  if (fs.existsSync(storageState)) {
    const saved = await browser.newContext({ storageState, viewport: { width: 1440, height: 900 } })
    // `medusa develop` keeps sessions in memory: a restart in between logged the admin out.
    const me = await saved.request.get(`${baseUrl}/admin/users/me`)
    if (me.ok()) return saved
    await saved.close()
  }
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  const { LoginPage } = await import("../pages/login-page")
  await new LoginPage(page).login(admin.email, admin.password)
  fs.mkdirSync(artifactsDir, { recursive: true })
  await context.storageState({ path: storageState })
  await page.close()
  return context
}

/**
 * Waits until the store answers again: `medusa develop` restarts on any change in the repo,
 * and a flow must not start while it is down.
 */
export async function waitForServer(timeoutMs = 180000) {
  const until = Date.now() + timeoutMs
  const http = await request.newContext()
  try {
    for (;;) {
      try {
        if ((await http.get(`${baseUrl}/health`, { timeout: 10000 })).ok()) return
      } catch {
        // not listening yet
      }
      if (Date.now() > until) throw new Error(`${baseUrl}/health did not answer within ${timeoutMs / 1000} s`)
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  } finally {
    await http.dispose()
  }
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(artifactsDir, { recursive: true })
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true })
}
