import { Locator, Page } from "playwright-core"

/**
 * Types a wall time ("2027-01-15T10:00", the store's clocks) into Medusa's DatePicker (the
 * plugin's DateTimeField), segment by segment as an admin does (en-US order: month, day, year,
 * hour, minute), and waits until the field holds it (its `data-value`).
 */
export async function typeDateTime(page: Page, field: Locator, wall: string) {
  const [, year, month, day, hour, minute] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wall) ?? []
  if (!year) throw new Error(`typeDateTime: not a wall time: ${wall}`)
  const segments = field.getByRole("spinbutton")
  const values = [month, day, year, hour, minute]
  for (let i = 0; i < values.length; i++) {
    await segments.nth(i).click()
    await page.keyboard.type(values[i])
  }
  const until = Date.now() + 10000
  while ((await field.getAttribute("data-value")) !== wall) {
    if (Date.now() > until) throw new Error(`the date field holds ${await field.getAttribute("data-value")}, not ${wall}`)
    await page.waitForTimeout(100)
  }
}
