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
import { createRequire } from "node:module"
import { spawn, spawnSync } from "node:child_process"
import pg from "pg"
import { ensureDatabase, startEmbeddedPostgres, freePort } from "./lib/postgres.mjs"
import { repoRoot, runMedusa, startGroup, waitForHttp } from "./lib/medusa.mjs"
import { adminLogin, createShop, defaultCurrency } from "./lib/shop.mjs"

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8"))
const lock = JSON.parse(fs.readFileSync(path.join(repoRoot, "package-lock.json"), "utf8"))
const installed = (name) => lock.packages[`node_modules/${name}`]?.version
const admin = { email: "merchant@throwaway-store.local", password: "merchant-password-1" }

const startedAt = Date.now()
/** A progress line, with the seconds since the run began (the run's budget in CI). */
const log = (message) => console.log(`[package +${Math.round((Date.now() - startedAt) / 1000)} s] ${message}`)

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

/**
 * Writes a store's package.json, medusa-config.ts and tsconfig.json. `extraDependencies` and
 * `extraPlugins` (medusa-config entries, as source text) add other plugins; `adminDisabled`
 * skips the admin build (a store whose checks are all HTTP).
 */
function writeStore(dir, tarball, { name = "throwaway-medusa-store", extraDependencies = {}, extraPlugins = [], adminDisabled = false } = {}) {
  const dep = (name) => installed(name) ?? "*"
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify(
      {
        name,
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
          ...extraDependencies,
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

module.exports = defineConfig({${adminDisabled ? "\n  admin: { disable: true }," : ""}
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
      // NODE_ENV=production: the plugin refuses to start without a token secret (PUSH-2).
      options: { timezone: process.env.STORE_TIMEZONE || "Asia/Tokyo", messages: { token_secret: "package-test-token-secret-0123456789" } },
    },${extraPlugins.map((p) => `\n    ${p},`).join("")}
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

const npmInstall = ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"]

/** Like sh, without blocking the event loop (the embedded Postgres logs through a pipe). */
function shAsync(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "pipe", ...opts })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.stderr.on("data", (d) => (out += d))
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(" ")} failed (exit ${code}):\n${out.slice(-3000)}`))))
  })
}

/** The line of a server log that says why it stopped (Medusa logs `error: …` before exiting). */
function serverErrorLine(text) {
  const lines = text.replace(/\x1b\[[0-9;]*m/g, "").split("\n").map((l) => l.trim()).filter(Boolean)
  const at = lines.findIndex((l) => /^(\{.*"level":"error"|error\b|\w*Error\b)/i.test(l))
  let line = at >= 0 ? lines[at] : lines.at(-1)
  if (!line) return "(the server log is empty)"
  // A generic "Error starting server" says why on its next line.
  if (at >= 0 && /error starting server/i.test(line) && lines[at + 1] && !/^at /.test(lines[at + 1])) line += ` ${lines[at + 1]}`
  try {
    const entry = JSON.parse(line) // production logs are JSON lines
    return String(entry.message ?? line).slice(0, 500)
  } catch {
    return line.slice(0, 500)
  }
}

/**
 * `medusa start` in serverDir, logging to logFile; answers `{ server }` once /health answers,
 * or `{ error }` with the server's error line when it exits (or does not answer) first.
 */
async function startStore({ bin, serverDir, env, logFile, base, timeoutMs = 120000 }) {
  const out = fs.openSync(logFile, "w")
  const server = startGroup(bin, ["start"], { cwd: serverDir, env, stdio: ["ignore", out, out] })
  try {
    await waitForHttp(`${base}/health`, { timeoutMs, exited: server.exited })
    return { server }
  } catch (error) {
    await server.stop()
    return { error: `${error.message}: ${serverErrorLine(fs.readFileSync(logFile, "utf8"))}` }
  }
}

async function main() {
  const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), "coupon-marketing-store-"))
  const loyaltyDir = fs.mkdtempSync(path.join(os.tmpdir(), "coupon-marketing-loyalty-store-"))
  let database
  const getDatabase = async () =>
    (database ??= await startEmbeddedPostgres({ dataDir: path.join(repoRoot, ".medusa-test-data", `package-postgres-${process.pid}`), ephemeral: true }))
  let server
  let loyaltyInstall
  try {
    log("building and packing the plugin…")
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

    log(`installing it into a throw-away store in ${storeDir}…`)
    writeStore(storeDir, tarball)
    sh("npm", npmInstall, { cwd: storeDir })

    // The second store installs (from a now warm npm cache) while the first one is checked.
    fs.copyFileSync(tarball, path.join(loyaltyDir, packed[0].filename))
    writeStore(loyaltyDir, path.join(loyaltyDir, packed[0].filename), LOYALTY_STORE)
    loyaltyInstall = shAsync("npm", [...npmInstall, "--legacy-peer-deps"], { cwd: loyaltyDir })
    loyaltyInstall.catch(() => {}) // awaited (and reported) by the second store's checks

    await getDatabase()
    const databaseUrl = database.url("throwaway_store")
    await ensureDatabase(databaseUrl)
    const port = await freePort()
    const env = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: "production" }
    const bin = path.join(storeDir, "node_modules", ".bin", "medusa")

    log("medusa db:migrate…")
    const migrate = await runMedusa(["db:migrate"], { cwd: storeDir, env, bin, quiet: true })
    check("medusa db:migrate runs the plugin's migrations", /coupon_marketing/.test(migrate.stdout + migrate.stderr))
    await runMedusa(["user", "-e", admin.email, "-p", admin.password], { cwd: storeDir, env, bin, quiet: true })

    log("medusa build…")
    await runMedusa(["build"], { cwd: storeDir, env, bin, quiet: true })
    const assetsDir = path.join(storeDir, ".medusa", "server", "public", "admin")
    const bundle = fs.existsSync(assetsDir)
      ? fs.readdirSync(assetsDir, { recursive: true }).filter((f) => f.endsWith(".js")).map((f) => fs.readFileSync(path.join(assetsDir, f), "utf8")).join("\n")
      : ""
    check("the store's admin bundle contains the plugin's routes",
      bundle.includes("/coupon-marketing/settings") && bundle.includes("Coupon marketing") && bundle.includes("Coupon settings"))

    log("medusa start…")
    const serverDir = path.join(storeDir, ".medusa", "server")
    const base = `http://localhost:${port}`
    const started = await startStore({ bin, serverDir, env, logFile: path.join(storeDir, "server.log"), base })
    if (started.error) throw new Error(`medusa start failed: ${started.error}`)
    server = started.server

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

    log("medusa start with a bad option…")
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
  }
  // Removing ~1 GB of node_modules takes a while on a busy machine: meanwhile, the second store.
  const removeFirstStore = fs.promises.rm(storeDir, { recursive: true, force: true }).catch(() => {})
  try {
    if (!loyaltyInstall) throw new Error("not installed: the first store failed before its install")
    await checkLoyaltyStore({ dir: loyaltyDir, install: loyaltyInstall, database: await getDatabase() })
  } catch (error) {
    check("the throw-away store with @medusajs/loyalty-plugin runs", false, error.message)
  } finally {
    await loyaltyInstall?.catch(() => {}) // never remove a folder npm still writes to
    await database?.stop()
    await Promise.all([removeFirstStore, fs.promises.rm(loyaltyDir, { recursive: true, force: true })])
  }
  const failed = results.filter((r) => !r.ok).length
  console.log(`${results.length - failed} passed, ${failed} failed`)
  return failed ? 1 : 0
}

// ---------------------------------------------------------------------------------------------
// The second store: this plugin beside Medusa's official gift-card / store-credit plugin.

const LOYALTY_PLUGIN = "@medusajs/loyalty-plugin"
const LOYALTY_STORE = {
  name: "throwaway-medusa-store-with-loyalty",
  // It pins @medusajs/framework to exactly 2.21.1 (a peer dependency): installed beside the
  // first store's Medusa versions with --legacy-peer-deps.
  extraDependencies: { [LOYALTY_PLUGIN]: "2.21.1" },
  extraPlugins: [`{ resolve: "${LOYALTY_PLUGIN}", options: {} }`],
  adminDisabled: true, // every check is HTTP; the first store already checks the admin build
}
const COUPON_CODE = "PKG-LOYALTY-5"
/** The cart fields the official Next.js starter reads (see MEDUSA-NOTES "Storefronts"). */
const STARTER_CART_FIELDS =
  "*items, *region, *items.product, *items.variant, *items.thumbnail, *items.metadata, +items.total, *promotions, +shipping_methods.name"

const sdkError = (error) => (error?.status ? `${error.status} ${error.statusText ?? ""}: ${error.message}` : String(error?.message ?? error))

async function checkLoyaltyStore({ dir, install, database }) {
  log(`second store (with ${LOYALTY_PLUGIN}) in ${dir}: waiting for its npm install…`)
  const t0 = Date.now()
  await install
  const loyaltyVersion = JSON.parse(fs.readFileSync(path.join(dir, "node_modules", LOYALTY_PLUGIN, "package.json"), "utf8")).version
  const frameworkVersion = JSON.parse(fs.readFileSync(path.join(dir, "node_modules", "@medusajs", "framework", "package.json"), "utf8")).version
  log(`installed ${LOYALTY_PLUGIN} ${loyaltyVersion} beside @medusajs/framework ${frameworkVersion} (waited ${Math.round((Date.now() - t0) / 1000)} s)`)

  const databaseUrl = database.url("throwaway_loyalty_store")
  await ensureDatabase(databaseUrl)
  const port = await freePort()
  const env = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: "production" }
  const bin = path.join(dir, "node_modules", ".bin", "medusa")
  log("second store: medusa db:migrate, build…")
  const migrate = await runMedusa(["db:migrate"], { cwd: dir, env, bin, quiet: true })
  const migrated = migrate.stdout + migrate.stderr
  check("second store: medusa db:migrate runs both plugins' migrations",
    /coupon_marketing/.test(migrated) && /\bloyalty\b/.test(migrated) && /store_credit/.test(migrated))
  await runMedusa(["build"], { cwd: dir, env, bin, quiet: true })

  log("second store: medusa start…")
  const base = `http://localhost:${port}`
  const started = await startStore({ bin, serverDir: path.join(dir, ".medusa", "server"), env, logFile: path.join(dir, "server.log"), base })
  check(`second store: medusa start with both plugins answers /health`, !started.error, started.error ?? "")
  if (started.error) {
    log("second store: skipped the coupon and gift-card checks (the server did not start)")
    return
  }
  const server = started.server
  // After the start check: `medusa user` loads the whole app too, and would fail first with the
  // same error.
  await runMedusa(["user", "-e", admin.email, "-p", admin.password], { cwd: dir, env, bin, quiet: true })
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 })
  try {
    const adminApi = await adminLogin(base, admin)
    const currency = await defaultCurrency(adminApi)
    const shop = await createShop(adminApi, { name: "Loyalty mix", currency, country: "dk", price: 20, shipping: 5 })

    // A fixed-code coupon of the plugin (a new window starts ≥ 1 h ahead: moved to now in SQL).
    const start = new Date(Date.now() + 2 * 3600_000)
    const { coupon } = await adminApi.post("/admin/coupon-marketing/coupons", {
      name: "Package test coupon",
      audience: "anyone",
      code_mode: "fixed",
      code: COUPON_CODE,
      validity_type: "window",
      starts_at: start.toISOString(),
      ends_at: new Date(start.getTime() + 30 * 86400_000).toISOString(),
      benefit_type: "fixed_amount",
      benefit_value: 5,
      currency_code: currency,
      condition_type: "none",
    })
    await pool.query("update cm_coupon set starts_at = now() - interval '1 minute' where id = $1", [coupon.id])
    // A gift card of the loyalty plugin (its admin route credits a store-credit account).
    const { gift_card } = await adminApi.post("/admin/gift-cards", { currency_code: currency, value: 10, code: "PKG-GIFT-10" })

    const { default: Medusa } = createRequire(path.join(dir, "package.json"))("@medusajs/js-sdk")
    const sdk = new Medusa({ baseUrl: base, publishableKey: shop.publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
    const address = { first_name: "Aiko", last_name: "Shopper", address_1: "2 Harbour Street", city: "Harbour", country_code: shop.country, postal_code: "1000" }
    const newCart = async (email) => {
      const { cart } = await sdk.store.cart.create({ region_id: shop.regionId, email })
      await sdk.store.cart.createLineItem(cart.id, { variant_id: shop.variantId, quantity: 2 })
      return (await sdk.store.cart.update(cart.id, { shipping_address: address, billing_address: address })).cart
    }
    /** Shipping, a system-provider payment session, completion: answers the completion's body. */
    const checkout = async (cartId) => {
      await sdk.store.cart.addShippingMethod(cartId, { option_id: shop.shippingOptionId })
      await sdk.store.payment.initiatePaymentSession({ id: cartId }, { provider_id: "pp_system_default" })
      return sdk.store.cart.complete(cartId)
    }
    const completion = async (cartId, describe) => {
      try {
        const done = await checkout(cartId)
        return { done, detail: done.type === "order" ? describe(done.order) : `answered ${JSON.stringify(done).slice(0, 500)}` }
      } catch (error) {
        return { done: {}, detail: sdkError(error) }
      }
    }

    // 2. The plugin's coupon through the starter's call: POST /store/carts/:id { promo_codes }.
    const couponCart = await newCart("coupon-shopper@throwaway-store.local")
    let applyError = null
    try {
      await sdk.store.cart.update(couponCart.id, { promo_codes: [COUPON_CODE] })
    } catch (error) {
      applyError = sdkError(error)
    }
    check("second store: sdk.store.cart.update(cartId, { promo_codes: [code] }) with the plugin's coupon answers 200",
      !applyError, applyError ?? "")
    const { cart: seen } = await sdk.store.cart.retrieve(couponCart.id, { fields: STARTER_CART_FIELDS })
    check("second store: the cart then has the coupon's discount (discount_total > 0)", seen.discount_total > 0,
      `discount_total ${seen.discount_total}, total ${seen.total} (before: ${couponCart.total})`)
    const codes = (seen.promotions ?? []).map((p) => p.code)
    check("second store: cart.promotions[].code is the code typed", codes.includes(COUPON_CODE),
      `typed ${COUPON_CODE}, promotions[].code ${JSON.stringify(codes)}`)
    const discounted = seen.discount_total > 0
    const paid = await completion(couponCart.id, (order) => `order ${order.display_id}, discount_total ${order.discount_total}, total ${order.total}${discounted ? "" : " (the coupon did not apply: checked out without it)"}`)
    check("second store: the coupon cart checks out (POST /store/carts/:id/complete answers type order)",
      paid.done.type === "order" && (!discounted || paid.done.order.discount_total > 0), paid.detail)

    // 3. The loyalty plugin's gift card on the same kind of cart: POST /store/carts/:id/gift-cards.
    const giftCart = await newCart("gift-card-shopper@throwaway-store.local")
    let giftError = null
    try {
      await sdk.client.fetch(`/store/carts/${giftCart.id}/gift-cards`, { method: "POST", body: { code: gift_card.code } })
    } catch (error) {
      giftError = sdkError(error)
    }
    const { cart: carded } = await sdk.store.cart.retrieve(giftCart.id, { fields: "+total,+credit_line_total,*credit_lines,*gift_cards" })
    const lines = (carded.credit_lines ?? []).filter((l) => l.reference === "gift-card" && l.reference_id === gift_card.id)
    check("second store: a loyalty gift card applies (POST /store/carts/:id/gift-cards: a gift-card credit line, the total drops by its value)",
      !giftError && lines.length === 1 && carded.total === giftCart.total - 10 && (carded.gift_cards ?? []).some((g) => g.code === gift_card.code),
      giftError ?? `total ${giftCart.total} → ${carded.total}, credit_line_total ${carded.credit_line_total}, credit lines ${JSON.stringify((carded.credit_lines ?? []).map((l) => [l.reference, l.amount]))}`)
    const giftPaid = await completion(giftCart.id, (order) => `order ${order.display_id}, total ${order.total}`)
    check("second store: the gift-card cart checks out (type order)", giftPaid.done.type === "order", giftPaid.detail)
  } finally {
    await pool.end()
    await server.stop()
  }
}

main().then((code) => process.exit(code))
