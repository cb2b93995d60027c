// A store that runs Medusa's loyalty plugin (@medusajs/loyalty-plugin: store credit) next to the
// *built* coupon-marketing plugin: the sign-up gift's store credit prize (GIFT-2, GIFT-5) is
// offered and granted here, while the HTTP tests' store (without it) refuses it.
const path = require("path")
const { defineConfig } = require("@medusajs/framework/utils")

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    workerMode: "shared",
    databaseDriverOptions: { pool: { min: 0, max: 10 } },
    http: { jwtSecret: "loyalty-jwt-secret", cookieSecret: "loyalty-cookie-secret" },
  },
  admin: { disable: true },
  modules: [
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: path.join(__dirname, "..", "..", "app", "providers", "recording-notification"),
            id: "recording",
            options: { channels: ["email", "feed"] },
          },
        ],
      },
    },
  ],
  plugins: [
    { resolve: "@medusajs/loyalty-plugin", options: {} },
    {
      resolve: path.resolve(__dirname, "..", "..", ".."),
      options: { timezone: "Asia/Tokyo", messages: { token_secret: "loyalty-token-secret-0123456789", verification_ttl_hours: 24 } },
    },
  ],
})
