// The store the HTTP tests boot: the *built* plugin (.medusa/server) loaded by `plugins`,
// exactly as a merchant's store loads the published package.
const path = require("path")
const { defineConfig } = require("@medusajs/framework/utils")

// With REDIS_URL (the scale-out pass of .ci/run), locks and the cache live in Redis, as they do
// when a store runs several instances: the coupon-use lock and the attempt throttle are shared.
const redisUrl = process.env.REDIS_URL
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl, namespace: `cm-test-${process.pid}` } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    // The test runner drops and re-creates the database from a template before every test,
    // which kills every pooled connection. Idle connections are let go at once, so a test
    // never picks up one that the last restore killed.
    databaseDriverOptions: { pool: { min: 0, max: 20, idleTimeoutMillis: 200, reapIntervalMillis: 100 } },
    http: { jwtSecret: "test-jwt-secret", cookieSecret: "test-cookie-secret" },
  },
  admin: { disable: true },
  modules: [
    ...redisModules,
    // Medusa's default `feed` provider, and a test provider on `email` that records sends and
    // can fail on demand (the delivery pipeline's tests).
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["feed"] } },
          { resolve: path.join(__dirname, "providers", "test-notification"), id: "test", options: { channels: ["email"] } },
        ],
      },
    },
  ],
  plugins: [
    {
      resolve: path.resolve(__dirname, "..", ".."),
      options: { timezone: "Asia/Tokyo", messages: { token_secret: "test-token-secret-0123456789", verification_ttl_hours: 24 } },
    },
  ],
})
