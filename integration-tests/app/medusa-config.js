// The store the HTTP tests boot: the *built* plugin (.medusa/server) loaded by `plugins`,
// exactly as a merchant's store loads the published package.
const path = require("path")
const { defineConfig } = require("@medusajs/framework/utils")

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
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
