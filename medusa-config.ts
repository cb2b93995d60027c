/**
 * The development store that runs this plugin's code (`npm run dev`).
 *
 * One repository is both the plugin and its store: Medusa loads this repo's `src/` api,
 * workflows, subscribers, jobs, links and admin by itself (as the "project plugin"); the
 * plugin's module is loaded from source through `modules` below. Do not also list the package
 * in `plugins` here: everything would register twice. Merchants install the built package
 * with `plugins: [{ resolve: "medusa-plugin-coupon-marketing", options }]` instead (README).
 */
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL

/** With REDIS_URL set, the store scales out: Redis event bus, workflow engine and locking. */
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
    ]
  : []

/**
 * Messages: Medusa's `notification-local` on `feed` (the admin bell, the shoppers' inbox), and
 * the plugin's own SMTP provider on `email` when SMTP_HOST is set. `npm run dev` sets it to its
 * mail catcher (maildev); point it at a real server with SMTP_HOST, SMTP_PORT, SMTP_SECURE,
 * SMTP_USER, SMTP_PASS and SMTP_FROM.
 */
const smtpHost = process.env.SMTP_HOST
const notificationModule = {
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["feed"] } },
      ...(smtpHost
        ? [
            {
              resolve: "./src/providers/smtp",
              id: "smtp",
              options: {
                channels: ["email"],
                host: smtpHost,
                port: process.env.SMTP_PORT ? Number(process.env.SMTP_PORT) : undefined,
                secure: process.env.SMTP_SECURE ? process.env.SMTP_SECURE === "true" : undefined,
                auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS ?? "" } : undefined,
                from: process.env.SMTP_FROM || "Coupon Marketing Dev Store <shop@localhost.test>",
              },
            },
          ]
        : []),
    ],
  },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: "shared",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000,http://localhost:9000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:5173,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "dev-only-jwt-secret",
      cookieSecret: process.env.COOKIE_SECRET || "dev-only-cookie-secret",
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLE === "true",
  },
  modules: [
    {
      resolve: "./src/modules/coupon-marketing",
      options: {
        timezone: process.env.COUPON_MARKETING_TIMEZONE || "Asia/Tokyo",
        // Signs verification and unsubscribe links; required when NODE_ENV=production (README).
        messages: { token_secret: process.env.COUPON_MARKETING_TOKEN_SECRET || null, public_url: process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}` },
      },
    },
    notificationModule,
    ...redisModules,
  ],
})
