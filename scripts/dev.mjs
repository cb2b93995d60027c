#!/usr/bin/env node
// `npm run dev`: the development store in one command.
//  1. Postgres: the server named by DATABASE_URL, or an embedded one (data in .medusa-data/).
//  2. Creates the database, runs the migrations, seeds the demo data once.
//  3. A mail catcher (maildev: SMTP and a web inbox on free ports; its inbox URL is printed):
//     the store's `email` channel is the plugin's SMTP provider pointed at it. Skipped when
//     SMTP_HOST names a server of your own, or with DEV_MAIL_CATCHER=false.
//  4. `medusa develop` (admin at http://localhost:9000/app, extensions live-reloading).
//  5. Ctrl-C stops everything it started: the develop process group, the mail catcher, Postgres.
//
// `npm run dev:demo-email` (this script with `demo-email`), while `npm run dev` runs: queues the
// demo exchange's expiry reminder by email and waits until it is in the catcher's inbox.
// `npm run dev:demo-email -- verify`: a new demo shopper asks to verify their email through the
// store routes; the verification email is waited for in the catcher and its link followed
// (scripts/lib/demo-verify.mjs).
import path from "node:path"
import { ensureDatabase, isPortInUse, startEmbeddedPostgres } from "./lib/postgres.mjs"
import { repoRoot, runMedusa, startGroup, medusaBin } from "./lib/medusa.mjs"
import { listCaughtEmails, readMailCatcher, startMailCatcher } from "./lib/mail-catcher.mjs"
import { demoVerify } from "./lib/demo-verify.mjs"

const PORT = Number(process.env.PORT || 9000)
const PG_PORT = Number(process.env.DEV_PG_PORT || 54329)
const DB_NAME = process.env.DEV_DB_NAME || "coupon_marketing_dev"

let database // { stop }
let server // { stop, exited }
let mailCatcher // { stop, inboxUrl }
let stopping = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  console.log("\n[dev] stopping…")
  try {
    await server?.stop()
  } catch (e) {
    console.error(e)
  }
  try {
    await mailCatcher?.stop()
  } catch (e) {
    console.error(e)
  }
  try {
    await database?.stop()
  } catch (e) {
    console.error(e)
  }
  console.log("[dev] stopped")
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))
process.on("SIGHUP", () => shutdown(0))

async function main() {
  if (await isPortInUse(PORT)) {
    throw new Error(`Port ${PORT} is in use: is another store running? Stop it or set PORT.`)
  }
  let databaseUrl = process.env.DATABASE_URL
  if (databaseUrl) {
    console.log(`[dev] using DATABASE_URL`)
  } else {
    const dataDir = path.join(repoRoot, ".medusa-data", "postgres")
    console.log(`[dev] starting embedded Postgres on port ${PG_PORT} (data in .medusa-data/postgres)`)
    database = await startEmbeddedPostgres({ dataDir, port: PG_PORT })
    databaseUrl = database.url(DB_NAME)
  }
  await ensureDatabase(databaseUrl)
  const env = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(PORT) }
  if (process.env.REDIS_URL) console.log(`[dev] REDIS_URL set: Redis event bus, workflow engine and locking`)
  if (process.env.SMTP_HOST) {
    console.log(`[dev] email: SMTP provider to ${process.env.SMTP_HOST}:${process.env.SMTP_PORT ?? "587"} (SMTP_HOST set: no mail catcher)`)
  } else if (process.env.DEV_MAIL_CATCHER !== "false") {
    mailCatcher = await startMailCatcher({
      smtpPort: process.env.DEV_SMTP_PORT ? Number(process.env.DEV_SMTP_PORT) : undefined,
      webPort: process.env.DEV_MAIL_WEB_PORT ? Number(process.env.DEV_MAIL_WEB_PORT) : undefined,
    })
    Object.assign(env, { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(mailCatcher.smtpPort), SMTP_SECURE: "false" })
    console.log(`[dev] mail catcher (maildev) on SMTP 127.0.0.1:${mailCatcher.smtpPort}: every email the store sends is in ${mailCatcher.inboxUrl}`)
  }

  console.log("[dev] running migrations…")
  await runMedusa(["db:migrate"], { env })
  console.log("[dev] seeding demo data (only what is missing)…")
  await runMedusa(["exec", "./scripts/seed.ts"], { env })

  console.log(`[dev] starting medusa develop: http://localhost:${PORT}/app`)
  if (mailCatcher) console.log(`[dev] mail inbox: ${mailCatcher.inboxUrl}`)
  server = startGroup(medusaBin(), ["develop"], { env })
  const { code, signal } = await server.exited
  if (!stopping) {
    console.error(`[dev] medusa develop exited (${code ?? signal})`)
    await shutdown(code || 1)
  }
}

/**
 * `demo-email`: with `npm run dev` running, queues the demo exchange's reminder email (the store's
 * delivery job sends it within a minute) and waits until the mail catcher has it.
 */
async function demoEmail() {
  const catcher = readMailCatcher()
  if (!catcher) throw new Error("No mail catcher is running: start `npm run dev` first (without SMTP_HOST)")
  const env = {
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || `postgres://postgres:postgres@localhost:${PG_PORT}/${DB_NAME}`,
    SMTP_HOST: catcher.smtp_host,
    SMTP_PORT: String(catcher.smtp_port),
    SMTP_SECURE: "false",
  }
  const before = new Set((await listCaughtEmails(catcher.inbox_url)).map((m) => m.id))
  const { stdout } = await runMedusa(["exec", "./scripts/lib/demo-email.ts"], { env, quiet: true })
  const line = stdout.split("\n").find((l) => l.includes("DEMO_EMAIL "))
  if (!line) throw new Error(`The demo email was not queued:\n${stdout}`)
  const queued = JSON.parse(line.slice(line.indexOf("DEMO_EMAIL ") + 11))
  console.log(`[dev] queued the reminder of coupon ${queued.code} to ${queued.to}; the store's delivery job sends it within a minute…`)
  const deadline = Date.now() + 150_000
  while (Date.now() < deadline) {
    const mail = (await listCaughtEmails(catcher.inbox_url)).find((m) => !before.has(m.id) && m.to?.some((t) => t.address === queued.to))
    if (mail) {
      console.log(`[dev] in the inbox (${catcher.inbox_url}): "${mail.subject}" from ${mail.from?.map((f) => f.address).join(", ")} to ${queued.to}`)
      console.log(`[dev]   html: ${mail.html ? `${mail.html.length} characters` : "none"}; text: ${mail.text ? `${mail.text.length} characters` : "none"}; code ${mail.text?.includes(queued.code) ? "shown" : "MISSING"}`)
      console.log(`[dev]   as JSON: ${catcher.inbox_url}/api/email/${mail.id}`)
      return
    }
    await new Promise((r) => setTimeout(r, 2000))
  }
  throw new Error(`The email to ${queued.to} did not arrive in ${catcher.inbox_url} within 150 s: is \`npm run dev\` running its jobs?`)
}

if (process.argv[2] === "demo-email" && process.argv[3] === "verify") {
  const catcher = readMailCatcher()
  const run = catcher
    ? demoVerify({ baseUrl: process.env.MEDUSA_BACKEND_URL || `http://localhost:${PORT}`, inboxUrl: catcher.inbox_url })
    : Promise.reject(new Error("No mail catcher is running: start `npm run dev` first (without SMTP_HOST)"))
  run.then(
    () => process.exit(0),
    (error) => {
      console.error(`[dev] ${error.message}`)
      process.exit(1)
    }
  )
} else if (process.argv[2] === "demo-email") {
  demoEmail().then(
    () => process.exit(0),
    (error) => {
      console.error(`[dev] ${error.message}`)
      process.exit(1)
    }
  )
} else {
  main().catch(async (error) => {
    console.error(`[dev] ${error.message}`)
    await shutdown(1)
  })
}
