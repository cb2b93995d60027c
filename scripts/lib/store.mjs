// A throw-away development store for the browser tests: its own database (embedded Postgres,
// or a new database on the DB_HOST server), migrations, one admin user, `medusa develop` on a
// free port. `stop()` removes everything it made.
import fs from "node:fs"
import path from "node:path"
import { spawnSync } from "node:child_process"
import pg from "pg"
import { ensureDatabase, freePort, startEmbeddedPostgres } from "./postgres.mjs"
import { medusaBin, repoRoot, runMedusa, startGroup, waitForHttp } from "./medusa.mjs"

export async function startThrowAwayStore({ admin, log = console.log }) {
  const workDir = path.join(repoRoot, ".medusa-test-data")
  const dbName = `coupon_marketing_e2e_${process.pid}`
  let database
  let databaseUrl
  if (process.env.DB_HOST) {
    const auth = process.env.DB_USERNAME ? `${process.env.DB_USERNAME}:${process.env.DB_PASSWORD ?? ""}@` : ""
    databaseUrl = `postgres://${auth}${process.env.DB_HOST}:${process.env.DB_PORT ?? 5432}/${dbName}`
  } else {
    database = await startEmbeddedPostgres({ dataDir: path.join(workDir, `e2e-postgres-${process.pid}`), ephemeral: true })
    databaseUrl = database.url(dbName)
  }
  await ensureDatabase(databaseUrl)
  const port = await freePort()
  const env = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: "development" }

  let server
  const stop = async () => {
    await server?.stop()
    if (database) await database.stop()
    else await dropDatabase(databaseUrl)
  }
  try {
    log(`[e2e] migrating ${dbName}…`)
    await runMedusa(["db:migrate"], { env, quiet: true })
    await runMedusa(["user", "-e", admin.email, "-p", admin.password], { env, quiet: true })
    log(`[e2e] starting medusa develop on port ${port}…`)
    const logFile = path.join(workDir, `e2e-server-${process.pid}.log`)
    const out = fs.openSync(logFile, "w")
    server = startGroup(medusaBin(), ["develop"], { env, stdio: ["ignore", out, out] })
    await waitForHttp(`http://localhost:${port}/health`, { timeoutMs: 180000, exited: server.exited })
    return { baseUrl: `http://localhost:${port}`, logFile, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

async function dropDatabase(databaseUrl) {
  const url = new URL(databaseUrl)
  const name = url.pathname.slice(1)
  url.pathname = "/postgres"
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    await client.query(`drop database if exists "${name}" with (force)`)
  } finally {
    await client.end()
  }
}

/** Debian's Chromium: installed with apt-get when missing (no browser download from elsewhere). */
export function ensureChromium(log = console.log) {
  const bin = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
  if (fs.existsSync(bin)) return bin
  log("[e2e] /usr/bin/chromium is missing: installing Debian's chromium…")
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", "chromium"]]) {
    const r = spawnSync("apt-get", args, { stdio: "inherit" })
    if (r.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed: install chromium and retry`)
  }
  if (!fs.existsSync(bin)) throw new Error(`${bin} still missing after apt-get install chromium`)
  return bin
}
