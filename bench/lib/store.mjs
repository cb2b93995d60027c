// A throw-away store for a benchmark: its own database (bench/lib/database.mjs), the
// migrations, one admin user, and `medusa start` on a free port — the same server process
// `medusa develop` forks, without the file watcher, with NODE_ENV=production and without the
// admin bundle (not needed). Not `medusa build` + start: the build would write .medusa/server,
// which `npm test` fills with the plugin build at the same time. Everything is stopped and
// dropped by the cleanup stack.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { freePort } from "../../scripts/lib/postgres.mjs"
import { medusaBin, repoRoot, waitForHttp } from "../../scripts/lib/medusa.mjs"
import { createBenchDatabase } from "./database.mjs"
import { httpClient } from "./http.mjs"
import { listeningPid, runToEnd, spawnGroup, tail } from "./processes.mjs"

export const ADMIN = { email: "bench-admin@coupon-bench.local", password: "bench-secret-1" }

export async function startBenchStore(ctx, { name }) {
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), `medusa-bench-${ctx.area}-`))
  let keepLogs = false
  // A failed run keeps the logs (bench/run.mjs calls ctx.keepLogs) and says where they are.
  ctx.keepLogs = () => {
    keepLogs = true
  }
  const removeLogs = () => {
    if (!keepLogs) fs.rmSync(logDir, { recursive: true, force: true })
  }
  ctx.cleanup.add(
    "remove the logs",
    () => {
      if (keepLogs) ctx.log(`logs kept in ${logDir}`)
      removeLogs()
    },
    { kill: removeLogs }
  )
  const db = await createBenchDatabase(ctx, { name })
  const port = await freePort()
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    PORT: String(port),
    NODE_ENV: "production",
    MEDUSA_ADMIN_DISABLE: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
  const bin = medusaBin()
  const log = (file) => path.join(logDir, file)

  await ctx.step(
    "migrating (medusa db:migrate)",
    () => runToEnd(ctx, "medusa db:migrate", bin, ["db:migrate"], { env, logFile: log("migrate.log"), timeoutMs: 300_000, hint: db.hint }),
    { timeoutMs: 320_000, hint: db.hint }
  )
  await ctx.step(
    "creating the admin user (medusa user)",
    () => runToEnd(ctx, "medusa user", bin, ["user", "-e", ADMIN.email, "-p", ADMIN.password], { env, logFile: log("user.log"), timeoutMs: 120_000, hint: db.hint }),
    { timeoutMs: 130_000, hint: db.hint }
  )

  const serverLog = log("server.log")
  // BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"): node flags for the
  // server only, to profile it (NODE_OPTIONS refuses some of them, and would reach every process).
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean)
  let server = null
  /** Starts the server and answers the pid of its process that listens on the port. */
  const startServer = async () => {
    server = nodeArgs.length
      ? spawnGroup(ctx, "medusa start", process.execPath, [...nodeArgs, bin, "start"], { env, logFile: serverLog })
      : spawnGroup(ctx, "medusa start", bin, ["start"], { env, logFile: serverLog })
    const group = server
    await ctx.step(
      `starting medusa start on port ${port}`,
      async () => {
        try {
          await waitForHttp(`http://127.0.0.1:${port}/health`, { timeoutMs: 180_000, exited: group.exited })
        } catch (error) {
          throw new Error(`${error.message}; last lines of the server log:\n${tail(serverLog, 20)}`)
        }
      },
      { timeoutMs: 190_000, hint: db.hint }
    )
    const pid = listeningPid(group.pid, port)
    if (!pid) throw new Error(`No process of the server's group ${group.pid} listens on port ${port}`)
    return pid
  }
  const serverPid = await startServer()

  const baseUrl = `http://127.0.0.1:${port}`
  const http = httpClient(baseUrl)
  const { data } = await http.post("/auth/user/emailpass", { email: ADMIN.email, password: ADMIN.password })
  const admin = http.with({ authorization: `Bearer ${data.token}` })

  const store = {
    baseUrl,
    port,
    db,
    env,
    http,
    admin,
    /** The Node process that serves HTTP (changes with restartServer). */
    serverPid,
    serverLog,
    logDir,
    /**
     * Stops the server and starts a fresh one on the same port and database (a clean heap for a
     * memory measurement). Tokens stay valid: they are signed JWTs.
     */
    async restartServer() {
      await server.stop()
      store.serverPid = await startServer()
    },
    /** `medusa exec <script> ...args` in the app's container (a process of its own). */
    async exec(script, args, { timeoutMs = 300_000, logName = "exec.log" } = {}) {
      const rel = path.relative(repoRoot, script)
      await runToEnd(ctx, `medusa exec ${rel}`, bin, ["exec", `./${rel}`, ...args], {
        env,
        logFile: log(logName),
        timeoutMs,
        hint: db.hint,
      })
    },
  }
  return store
}
