// The store the HTTP tests boot: the *built* plugin (.medusa/server) loaded by `plugins`,
// exactly as a merchant's store loads the published package.
const path = require("path")
const { defineConfig } = require("@medusajs/framework/utils")

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
  plugins: [
    {
      resolve: path.resolve(__dirname, "..", ".."),
      options: { timezone: "Asia/Tokyo" },
    },
  ],
})
