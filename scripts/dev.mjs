#!/usr/bin/env node
// `npm run dev`: the development store in one command.
//  1. Postgres: the server named by DATABASE_URL, or an embedded one (data in .medusa-data/).
//  2. Creates the database, runs the migrations, seeds the demo data once.
//  3. `medusa develop` (admin at http://localhost:9000/app, extensions live-reloading).
//  4. Ctrl-C stops everything it started: the develop process group, then Postgres.
import path from "node:path"
import { ensureDatabase, isPortInUse, startEmbeddedPostgres } from "./lib/postgres.mjs"
import { repoRoot, runMedusa, startGroup, medusaBin } from "./lib/medusa.mjs"

const PORT = Number(process.env.PORT || 9000)
const PG_PORT = Number(process.env.DEV_PG_PORT || 54329)
const DB_NAME = process.env.DEV_DB_NAME || "coupon_marketing_dev"

let database // { stop }
let server // { stop, exited }
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

  console.log("[dev] running migrations…")
  await runMedusa(["db:migrate"], { env })
  console.log("[dev] seeding demo data (only what is missing)…")
  await runMedusa(["exec", "./scripts/seed.ts"], { env })

  console.log(`[dev] starting medusa develop: http://localhost:${PORT}/app`)
  server = startGroup(medusaBin(), ["develop"], { env })
  const { code, signal } = await server.exited
  if (!stopping) {
    console.error(`[dev] medusa develop exited (${code ?? signal})`)
    await shutdown(code || 1)
  }
}

main().catch(async (error) => {
  console.error(`[dev] ${error.message}`)
  await shutdown(1)
})
