#!/usr/bin/env node
// `npm run test:package`: what a merchant does. Packs the plugin (npm pack), installs the
// tarball into a throw-away Medusa store in a temporary folder (its own package.json and
// medusa-config.ts naming the plugin), runs its migrations, builds and starts it, and checks:
//  - GET /store/coupon-marketing/settings answers 200 with a publishable key,
//  - the admin settings route works through the packaged code,
//  - the built admin bundle contains the plugin's route,
//  - a bad plugin option stops the server with a message naming the option.
// Ends with `N passed, N failed`.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { spawnSync } from "node:child_process"
import { ensureDatabase, startEmbeddedPostgres, freePort } from "./lib/postgres.mjs"
import { repoRoot, runMedusa, startGroup, waitForHttp } from "./lib/medusa.mjs"

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8"))
const lock = JSON.parse(fs.readFileSync(path.join(repoRoot, "package-lock.json"), "utf8"))
const installed = (name) => lock.packages[`node_modules/${name}`]?.version
const admin = { email: "merchant@throwaway-store.local", password: "merchant-password-1" }

const results = []
function check(name, ok, detail = "") {
  results.push({ name, ok })
  console.log(`${ok ? "✓" : "✗"} ${name}${detail ? ` — ${detail}` : ""}`)
}

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: "pipe", encoding: "utf8", ...opts })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`)
  return r.stdout
}

function writeStore(dir, tarball) {
  const dep = (name) => installed(name) ?? "*"
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify(
      {
        name: "throwaway-medusa-store",
        private: true,
        version: "0.0.0",
        scripts: { build: "medusa build", start: "medusa start" },
        dependencies: {
          "@medusajs/admin-sdk": dep("@medusajs/admin-sdk"),
          "@medusajs/cli": dep("@medusajs/cli"),
          "@medusajs/framework": dep("@medusajs/framework"),
          "@medusajs/icons": dep("@medusajs/icons"),
          "@medusajs/js-sdk": dep("@medusajs/js-sdk"),
          "@medusajs/medusa": dep("@medusajs/medusa"),
          "@medusajs/ui": dep("@medusajs/ui"),
          "@tanstack/react-query": dep("@tanstack/react-query"),
          react: dep("react"),
          "react-dom": dep("react-dom"),
          [pkg.name]: `file:${tarball}`,
        },
        devDependencies: {
          "@swc/core": dep("@swc/core"),
          "@types/node": dep("@types/node"),
          "ts-node": dep("ts-node"),
          typescript: dep("typescript"),
        },
      },
      null,
      2
    )
  )
  fs.writeFileSync(
    path.join(dir, "medusa-config.ts"),
    `import { defineConfig, loadEnv } from "@medusajs/framework/utils"
loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:9000",
      jwtSecret: "throwaway-jwt",
      cookieSecret: "throwaway-cookie",
    },
  },
  plugins: [
    {
      resolve: "${pkg.name}",
      options: { timezone: process.env.STORE_TIMEZONE || "Asia/Tokyo" },
    },
  ],
})
`
  )
  fs.writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify(
      {
        compilerOptions: {
          target: "ES2021",
          esModuleInterop: true,
          module: "Node16",
          moduleResolution: "Node16",
          emitDecoratorMetadata: true,
          experimentalDecorators: true,
          skipLibCheck: true,
          declaration: false,
          sourceMap: false,
          outDir: "./.medusa/server",
          rootDir: "./",
          jsx: "react-jsx",
          resolveJsonModule: true,
          checkJs: false,
          strictNullChecks: true,
        },
        "ts-node": { swc: true },
        include: ["**/*", ".medusa/types/*"],
        exclude: ["node_modules", ".medusa/server", ".medusa/admin", ".cache"],
      },
      null,
      2
    )
  )
}

async function api(base, method, url, { body, headers = {} } = {}) {
  const res = await fetch(base + url, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  let data
  try {
    data = JSON.parse(text)
  } catch {
    data = text
  }
  return { status: res.status, data }
}

async function main() {
  const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), "coupon-marketing-store-"))
  let database
  let server
  try {
    console.log("[package] building and packing the plugin…")
    fs.rmSync(path.join(repoRoot, ".medusa", "server"), { recursive: true, force: true })
    await runMedusa(["plugin:build"], { quiet: true })
    const packed = JSON.parse(sh("npm", ["pack", "--json", "--pack-destination", storeDir], { cwd: repoRoot }))
    const tarball = path.join(storeDir, packed[0].filename)
    const files = packed[0].files.map((f) => f.path)
    check("the tarball holds the built server code and admin bundle, not the sources",
      files.includes(".medusa/server/src/admin/index.mjs") &&
        files.some((f) => f.startsWith(".medusa/server/src/modules/coupon-marketing/migrations/")) &&
        !files.some((f) => f.startsWith("src/")),
      `${files.length} files, ${(packed[0].size / 1024).toFixed(0)} kB`)

    console.log(`[package] installing it into a throw-away store in ${storeDir}…`)
    writeStore(storeDir, tarball)
    sh("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], { cwd: storeDir })

    database = await startEmbeddedPostgres({ dataDir: path.join(repoRoot, ".medusa-test-data", `package-postgres-${process.pid}`), ephemeral: true })
    const databaseUrl = database.url("throwaway_store")
    await ensureDatabase(databaseUrl)
    const port = await freePort()
    const env = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: "production" }
    const bin = path.join(storeDir, "node_modules", ".bin", "medusa")

    console.log("[package] medusa db:migrate…")
    const migrate = await runMedusa(["db:migrate"], { cwd: storeDir, env, bin, quiet: true })
    check("medusa db:migrate runs the plugin's migrations", /coupon_marketing/.test(migrate.stdout + migrate.stderr))
    await runMedusa(["user", "-e", admin.email, "-p", admin.password], { cwd: storeDir, env, bin, quiet: true })

    console.log("[package] medusa build…")
    await runMedusa(["build"], { cwd: storeDir, env, bin, quiet: true })
    const assetsDir = path.join(storeDir, ".medusa", "server", "public", "admin")
    const bundle = fs.existsSync(assetsDir)
      ? fs.readdirSync(assetsDir, { recursive: true }).filter((f) => f.endsWith(".js")).map((f) => fs.readFileSync(path.join(assetsDir, f), "utf8")).join("\n")
      : ""
    check("the store's admin bundle contains the plugin's routes",
      bundle.includes("/coupon-marketing/settings") && bundle.includes("Coupon marketing") && bundle.includes("Coupon settings"))

    console.log("[package] medusa start…")
    const serverDir = path.join(storeDir, ".medusa", "server")
    const logFile = path.join(storeDir, "server.log")
    const out = fs.openSync(logFile, "w")
    server = startGroup(bin, ["start"], { cwd: serverDir, env, stdio: ["ignore", out, out] })
    const base = `http://localhost:${port}`
    await waitForHttp(`${base}/health`, { timeoutMs: 120000, exited: server.exited })

    const login = await api(base, "POST", "/auth/user/emailpass", { body: admin })
    const adminHeaders = { authorization: `Bearer ${login.data.token}` }
    const channel = await api(base, "POST", "/admin/sales-channels", { headers: adminHeaders, body: { name: "Web" } })
    const key = await api(base, "POST", "/admin/api-keys", { headers: adminHeaders, body: { title: "Storefront", type: "publishable" } })
    await api(base, "POST", `/admin/api-keys/${key.data.api_key.id}/sales-channels`, {
      headers: adminHeaders,
      body: { add: [channel.data.sales_channel.id] },
    })
    const storeHeaders = { "x-publishable-api-key": key.data.api_key.token }

    const first = await api(base, "GET", "/store/coupon-marketing/settings", { headers: storeHeaders })
    check("GET /store/coupon-marketing/settings answers 200", first.status === 200 && first.data.settings?.timezone === "Asia/Tokyo",
      `${first.status} ${JSON.stringify(first.data)}`)
    const saved = await api(base, "POST", "/admin/coupon-marketing/settings", {
      headers: adminHeaders,
      body: { guide_text: "From the packaged plugin", code_form_position: "below_checkout" },
    })
    const after = await api(base, "GET", "/store/coupon-marketing/settings", { headers: storeHeaders })
    check("POST /admin/coupon-marketing/settings saves, the store route shows it",
      saved.status === 200 && after.data.settings?.guide_text === "From the packaged plugin" && after.data.settings?.code_form_position === "below_checkout",
      `${saved.status}`)
    const tooLong = await api(base, "POST", "/admin/coupon-marketing/settings", { headers: adminHeaders, body: { guide_text: "x".repeat(5001) } })
    check("a guide text over 5,000 characters answers 400 naming guide_text", tooLong.status === 400 && String(tooLong.data.message).includes("guide_text"))
    const page = await fetch(`${base}/app/coupon-marketing/settings`)
    check("the admin serves /app/coupon-marketing/settings", page.status === 200)
    await server.stop()
    server = undefined

    console.log("[package] medusa start with a bad option…")
    const badLog = path.join(storeDir, "server-bad-options.log")
    const badOut = fs.openSync(badLog, "w")
    const bad = startGroup(bin, ["start"], { cwd: serverDir, env: { ...env, STORE_TIMEZONE: "Mars/Olympus" }, stdio: ["ignore", badOut, badOut] })
    const outcome = await Promise.race([
      bad.exited.then((r) => ({ exited: true, ...r })),
      waitForHttp(`${base}/health`, { timeoutMs: 90000, exited: bad.exited }).then(() => ({ exited: false }), () => ({ exited: true })),
    ])
    await bad.stop()
    const badText = fs.readFileSync(badLog, "utf8")
    check("a bad option stops the server with a message naming it",
      outcome.exited && /Invalid options for medusa-plugin-coupon-marketing: timezone/.test(badText),
      outcome.exited ? "" : "the server started anyway")
  } catch (error) {
    check("the throw-away store runs", false, error.message)
  } finally {
    await server?.stop()
    await database?.stop()
    fs.rmSync(storeDir, { recursive: true, force: true })
  }
  const failed = results.filter((r) => !r.ok).length
  console.log(`${results.length - failed} passed, ${failed} failed`)
  return failed ? 1 : 0
}

main().then((code) => process.exit(code))
