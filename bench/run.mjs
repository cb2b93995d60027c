#!/usr/bin/env node
// `npm run bench -- <area>`: runs the benchmarks of bench/<area>/index.mjs (an area exports
// `default async function (ctx)`; see bench/lib/context.mjs for what ctx offers). Progress goes
// to stderr; stdout gets one JSON line per figure as it is measured, then a table. Whatever
// happens (success, failure, Ctrl-C), every process the run started is stopped and its
// database dropped. Not part of `npm test`.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { createContext, formatTable } from "./lib/context.mjs"

const benchDir = path.dirname(fileURLToPath(import.meta.url))

function areas() {
  return fs
    .readdirSync(benchDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== "lib" && fs.existsSync(path.join(benchDir, d.name, "index.mjs")))
    .map((d) => d.name)
    .sort()
}

const area = process.argv[2]
if (!area || area === "--help" || area === "-h" || !areas().includes(area)) {
  const known = areas().join(", ")
  process.stderr.write(
    `usage: npm run bench -- <area>   (areas: ${known})\n` +
      `  DB_HOST / DB_PORT / DB_USERNAME / DB_PASSWORD or DATABASE_URL: use a new database on that Postgres server\n` +
      `  (recommended: DB_HOST=127.0.0.1 DB_PORT=5432 DB_USERNAME=postgres DB_PASSWORD=); otherwise an embedded Postgres.\n`
  )
  process.exit(area === "--help" || area === "-h" ? 0 : 2)
}

const ctx = createContext(area)
// A whole-run deadline, so that a stall (see the embedded Postgres note in bench/README.md)
// ends with a message instead of hanging forever.
const deadlineS = Number(process.env.BENCH_TIMEOUT_S ?? 1800)

let exiting = false
async function finish(code, reason) {
  if (exiting) return
  exiting = true
  if (reason) ctx.log(reason)
  if (code === 1) ctx.keepLogs?.()
  await ctx.cleanup.run()
  if (ctx.results.length) process.stdout.write(formatTable(area, ctx.results))
  process.exit(code)
}

let signals = 0
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    signals++
    // The servers run in process groups of their own (a terminal's Ctrl-C does not reach
    // them): signal them now, synchronously, whatever else happens next.
    ctx.cleanup.killNow()
    if (signals > 1) process.exit(130)
    void finish(130, `${signal}: stopping everything the benchmark started…`)
  })
}
// Last resort (an exit by a library's own exit hook, an uncaught error): no process stays.
process.on("exit", () => ctx.cleanup.killNow())

const deadline = setTimeout(() => {
  ctx.keepLogs?.()
  ctx.cleanup.killNow()
  void finish(1, `The benchmark did not finish within ${deadlineS} s (BENCH_TIMEOUT_S): stopped.${ctx.dbHint ? ` ${ctx.dbHint}` : ""}`)
}, deadlineS * 1000)
deadline.unref()

try {
  const { default: runArea } = await import(`./${area}/index.mjs`)
  await runArea(ctx)
  await finish(0)
} catch (error) {
  // After a signal or the deadline, the errors of the interrupted requests are expected.
  if (!exiting) {
    process.stderr.write(`\n[bench ${area}] FAILED: ${error?.stack ?? error}\n`)
    if (ctx.dbHint) process.stderr.write(`[bench ${area}] hint: ${ctx.dbHint}\n`)
  }
  await finish(1)
}
