#!/usr/bin/env node
// `npm test`: every test layer with nothing running beforehand.
//  - builds the plugin (the HTTP tests load the built package, as a store would);
//  - starts an embedded Postgres on a free port and removes it afterwards, unless DB_HOST is
//    set (then DB_HOST / DB_PORT / DB_USERNAME / DB_PASSWORD name the server to use);
//  - runs jest over unit, module and HTTP tests (extra arguments go to jest);
//  - ends with one line `N passed, N failed` over all layers; exits non-zero on any failure.
import fs from "node:fs"
import path from "node:path"
import { spawn } from "node:child_process"
import { startEmbeddedPostgres } from "./lib/postgres.mjs"
import { repoRoot, runMedusa } from "./lib/medusa.mjs"

const workDir = path.join(repoRoot, ".medusa-test-data")
const resultsFile = path.join(workDir, `jest-results-${process.pid}.json`)
let database

async function main() {
  fs.mkdirSync(workDir, { recursive: true })
  console.log("[test] building the plugin (medusa plugin:build)…")
  await runMedusa(["plugin:build"], { quiet: true })

  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --experimental-vm-modules`.trim() }
  if (process.env.DB_HOST) {
    console.log(`[test] using the Postgres server at ${process.env.DB_HOST}:${process.env.DB_PORT ?? 5432}`)
  } else {
    database = await startEmbeddedPostgres({ dataDir: path.join(workDir, `postgres-${process.pid}`), ephemeral: true })
    console.log(`[test] embedded Postgres on port ${database.port}`)
    Object.assign(env, {
      DB_HOST: "localhost",
      DB_PORT: String(database.port),
      DB_USERNAME: "postgres",
      DB_PASSWORD: "postgres",
      COUPON_MARKETING_EMBEDDED_DB: "1",
    })
  }

  const jest = path.join(repoRoot, "node_modules", "jest", "bin", "jest.js")
  const args = [jest, "--maxWorkers=1", "--workerIdleMemoryLimit=1", "--json", `--outputFile=${resultsFile}`, ...process.argv.slice(2)]
  // Asynchronous, so this process keeps serving the embedded Postgres it started.
  const run = await new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: "inherit" })
    child.on("exit", (status, signal) => resolve({ status: status ?? (signal ? 1 : 0) }))
  })

  let passed = 0
  let failed = 0
  if (fs.existsSync(resultsFile)) {
    const results = JSON.parse(fs.readFileSync(resultsFile, "utf8"))
    const layers = {}
    for (const suite of results.testResults) {
      const rel = path.relative(repoRoot, suite.name)
      const layer = rel.startsWith("integration-tests") ? "http" : rel.includes(".unit.spec.") ? "unit" : "module"
      const counts = (layers[layer] ??= { passed: 0, failed: 0 })
      const p = suite.assertionResults.filter((a) => a.status === "passed").length
      // A suite that crashed before its tests ran counts as one failure.
      const f = suite.assertionResults.filter((a) => a.status === "failed").length || (suite.status === "failed" ? 1 : 0)
      counts.passed += p
      counts.failed += f
      passed += p
      failed += f
    }
    for (const [layer, c] of Object.entries(layers)) console.log(`[test] ${layer}: ${c.passed} passed, ${c.failed} failed`)
    fs.rmSync(resultsFile)
  } else {
    failed += 1
  }
  if (run.status !== 0 && failed === 0) failed = 1
  console.log(`${passed} passed, ${failed} failed`)
  return failed === 0 && run.status === 0 ? 0 : 1
}

let code = 1
try {
  code = await main()
} catch (error) {
  console.error(`[test] ${error.stack ?? error}`)
  console.log("0 passed, 1 failed")
} finally {
  await database?.stop()
}
process.exit(code)
