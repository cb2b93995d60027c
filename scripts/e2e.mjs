#!/usr/bin/env node
// `npm run test:e2e`: the admin in a real browser. Starts a throw-away development store
// (scripts/lib/store.mjs), runs the Playwright flows in e2e/ with jest against it, stops the
// store. Screenshots land in e2e/artifacts/. Ends with `N passed, N failed`.
import fs from "node:fs"
import path from "node:path"
import { spawn } from "node:child_process"
import { repoRoot } from "./lib/medusa.mjs"
import { ensureChromium, startThrowAwayStore } from "./lib/store.mjs"

const admin = { email: "e2e-admin@coupon-marketing.local", password: "e2e-password-123" }
const resultsFile = path.join(repoRoot, ".medusa-test-data", `e2e-results-${process.pid}.json`)

async function main() {
  const chromium = ensureChromium()
  const artifacts = path.join(repoRoot, "e2e", "artifacts")
  const runArtifacts = path.join(repoRoot, ".medusa-test-data", `e2e-artifacts-${process.pid}`)
  fs.rmSync(artifacts, { recursive: true, force: true })
  const store = await startThrowAwayStore({ admin })
  let run
  try {
    const jest = path.join(repoRoot, "node_modules", "jest", "bin", "jest.js")
    // Asynchronous, so this process keeps serving the embedded Postgres it started.
    run = await new Promise((resolve) => {
      const child = spawn(
        process.execPath,
        [jest, "--config", "e2e/jest.config.js", "--runInBand", "--json", `--outputFile=${resultsFile}`, ...process.argv.slice(2)],
        {
          cwd: repoRoot,
          stdio: "inherit",
          env: {
            ...process.env,
            E2E_BASE_URL: store.baseUrl,
            E2E_ADMIN_EMAIL: admin.email,
            E2E_ADMIN_PASSWORD: admin.password,
            CHROMIUM_PATH: chromium,
            E2E_ARTIFACTS_DIR: runArtifacts,
          },
        }
      )
      child.on("exit", (status, signal) => resolve({ status: status ?? (signal ? 1 : 0) }))
    })
  } finally {
    await store.stop()
    if (fs.existsSync(runArtifacts)) {
      fs.cpSync(runArtifacts, artifacts, { recursive: true, filter: (src) => !src.endsWith(".json") })
      fs.rmSync(runArtifacts, { recursive: true, force: true })
      console.log(`[e2e] screenshots in e2e/artifacts/`)
    }
  }
  let passed = 0
  let failed = 0
  if (fs.existsSync(resultsFile)) {
    const r = JSON.parse(fs.readFileSync(resultsFile, "utf8"))
    passed = r.numPassedTests
    failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0)
    fs.rmSync(resultsFile)
  }
  if (run.status !== 0 && failed === 0) failed = 1
  if (failed) console.log(`[e2e] server log: ${store.logFile}`)
  console.log(`${passed} passed, ${failed} failed`)
  return failed ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[e2e] ${error.stack ?? error}`)
    console.log("0 passed, 1 failed")
    process.exit(1)
  }
)
