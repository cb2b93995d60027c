/**
 * GIFT-2/GIFT-5 with Medusa's loyalty plugin: a store that runs `@medusajs/loyalty-plugin`
 * (integration-tests/workers/loyalty-app) offers the store credit prize — the HTTP tests' store,
 * without it, refuses it with the reason (suites/gifts.spec.ts) — and a new member gets the
 * credit once on their store credit account, even when the grant runs three times at once; a
 * failing later step takes the credit back. A process of its own (a second app booted inside the
 * HTTP test run hangs on the embedded Postgres, see http/plugin.spec.ts).
 */
import fs from "fs"
import os from "os"
import path from "path"
import { admin, runToEnd, serverUrl } from "./support"

jest.setTimeout(300_000)

describe("GIFT-2/GIFT-5 store credit through Medusa's loyalty plugin", () => {
  const dbName = `cm_loyalty_${process.pid}`
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "cm-loyalty-"))
  const appDir = path.join(__dirname, "loyalty-app")
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "development",
    DATABASE_URL: serverUrl(dbName),
    MEDUSA_DISABLE_TELEMETRY: "true",
    RECORDING_NOTIFICATIONS_FILE: path.join(work, "sends.jsonl"),
    REDIS_URL: "",
  }

  beforeAll(async () => {
    await admin(`drop database if exists "${dbName}" with (force)`)
    await admin(`create database "${dbName}"`)
  })
  afterAll(async () => {
    await admin(`drop database if exists "${dbName}" with (force)`).catch(() => undefined)
    if (!process.env.KEEP_LOYALTY_LOGS) fs.rmSync(work, { recursive: true, force: true })
  })

  it("offered there; granted once (3 runs at once → one credit of ¥500, one points entry); undone when a later step fails", async () => {
    await runToEnd(["db:migrate"], env, path.join(work, "migrate.log"), 240_000, appDir)
    const out = path.join(work, "result.json")
    await runToEnd(["exec", "../exec/gift-store-credit.js", out], env, path.join(work, "exec.log"), 240_000, appDir)
    const r = JSON.parse(fs.readFileSync(out, "utf8"))

    expect(r.availability).toEqual({ available: true, reason: null })
    // Three runs at once: one grants, the others find the grant taken.
    expect(r.runs.filter((x: any) => x.granted)).toHaveLength(1)
    expect(r.runs.filter((x: any) => x.granted === false)).toHaveLength(2)
    expect(r.runs.find((x: any) => x.granted).store_credit).toEqual({ amount: 500, currency_code: "jpy" })
    // The customer's store credit account holds the gift, once.
    expect(r.accounts).toEqual([{ currency_code: "jpy", balance: 500 }])
    expect(r.transactions).toEqual([{ amount: 500, type: "credit", reference_id: r.grants[0].id, note: "Sign-up gift: Welcome" }])
    expect(r.grants).toHaveLength(1)
    expect(r.grants[0]).toMatchObject({ status: "granted", prizes: { store_credit: { amount: 500, currency_code: "jpy" } } })
    expect(r.points).toEqual([{ points: 100 }])
    // The messages name the credit.
    expect(r.messages.map((m: any) => m.channel)).toEqual(["email", "feed"])
    for (const m of r.messages) expect(m.body).toContain("store credit")
    // Compensation: the credit and the account it opened are gone.
    expect(r.compensation.failed.join(" ")).toContain("a later step failed")
    expect(r.compensation).toMatchObject({ accounts: 0, transactions: 0 })
  })
})
