// The app of the process tests (crash test, two workers) and of `npm run bench -- pushes`:
// the *built* plugin, as a merchant's store loads it, with one recording notification provider
// on the three push channels (email, feed, push). MEDUSA_WORKER_MODE picks the instance's role
// (shared | worker | server). With REDIS_URL: Medusa's Redis event bus, workflow engine and
// locking, so that several processes form one cluster (README "Scaling out").
const path = require("path")
const { defineConfig } = require("@medusajs/framework/utils")

const redisUrl = process.env.REDIS_URL
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
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
    redisUrl,
    workerMode: process.env.MEDUSA_WORKER_MODE || "worker",
    databaseDriverOptions: { pool: { min: 0, max: 10 } },
    http: { jwtSecret: "workers-jwt-secret", cookieSecret: "workers-cookie-secret" },
  },
  admin: { disable: true },
  modules: [
    ...redisModules,
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: path.join(__dirname, "..", "..", "app", "providers", "recording-notification"),
            id: "recording",
            options: { channels: ["email", "feed", "push"] },
          },
        ],
      },
    },
  ],
  plugins: [
    {
      resolve: path.resolve(__dirname, "..", "..", ".."),
      options: { timezone: "Asia/Tokyo", messages: { token_secret: "workers-token-secret-0123456789", verification_ttl_hours: 24 } },
    },
  ],
})
