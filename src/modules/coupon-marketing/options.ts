import { z } from "@medusajs/framework/zod"
import { isValidTimeZone } from "./domain/coupons/validity"
import { DEFAULT_EXCHANGE_DENOMINATIONS } from "../../types/points"

export { isValidTimeZone }

/**
 * The plugin's options, as given in `medusa-config.ts`:
 *
 * ```ts
 * plugins: [{ resolve: "medusa-plugin-coupon-marketing", options: { timezone: "Asia/Tokyo" } }]
 * ```
 *
 * Every field is optional and has a documented default. The module's loader parses them when
 * the server starts and refuses bad options with a message naming the option.
 */
export const CouponMarketingOptionsSchema = z
  .object({
    /**
     * The store's time zone (IANA name). Coupon validity windows end at 23:59:59 of their
     * last day in this zone (COUPON-7) and push schedules are expressed in it (PUSH-7).
     * @default "UTC"
     */
    timezone: z
      .string()
      .default("UTC")
      .refine(isValidTimeZone, { message: "must be an IANA time zone such as \"Asia/Tokyo\"" }),
    /** Coupons (SPEC §1). */
    coupons: z
      .object({
        /**
         * COUPON-7: how far ahead of now a new coupon's start must be, in minutes (the seed
         * system's rule is 1 hour). 0 lets a coupon start at once. @default 60
         */
        min_start_lead_minutes: z.number().int().min(0).max(7 * 24 * 60).default(60),
      })
      .strict()
      .default({ min_start_lead_minutes: 60 }),
    /** The delivery pipeline every message goes through (reminders, pushes, gifts). */
    delivery: z
      .object({
        /** Attempts per message before it is counted as failed. @default 5 */
        max_attempts: z.number().int().min(1).max(20).default(5),
        /** The first retry waits this many seconds; each next one twice as long. @default 60 */
        retry_base_seconds: z.number().int().min(1).max(24 * 3600).default(60),
      })
      .strict()
      .default({ max_attempts: 5, retry_base_seconds: 60 }),
    /** Messages to shoppers: the signed links of double opt-in and unsubscribe (PUSH-2). */
    messages: z
      .object({
        /**
         * The secret that signs verification and unsubscribe tokens (HMAC-SHA256), at least 16
         * characters. Required when NODE_ENV is `production` (the server refuses to start
         * without it); elsewhere a fixed development secret is used. @default null
         */
        token_secret: z.string().min(16).nullable().default(null),
        /** Hours an email-verification link stays valid. @default 48 */
        verification_ttl_hours: z.number().int().min(1).max(24 * 30).default(48),
        /**
         * The public address of this Medusa server, used in emailed links to the plugin's
         * key-less pages (`/coupon-marketing/unsubscribe`, `/coupon-marketing/email-verification`).
         * @default "http://localhost:9000"
         */
        public_url: z.string().url().default("http://localhost:9000"),
        /**
         * A storefront page to send emailed verification links to instead, with `{token}` in it
         * (e.g. `https://shop.example/account/verify?token={token}`); the page then calls
         * `POST /store/coupon-marketing/email-verification/confirm`. @default null
         */
        verify_url: z.string().includes("{token}", { message: "must contain {token}" }).nullable().default(null),
        /**
         * A storefront page to send unsubscribe links to instead, with `{token}` in it; the page
         * calls `GET /store/coupon-marketing/unsubscribe?token=`. @default null (the server's own page)
         */
        unsubscribe_url: z.string().includes("{token}", { message: "must contain {token}" }).nullable().default(null),
      })
      .strict()
      .default({ token_secret: null, verification_ttl_hours: 48, public_url: "http://localhost:9000", verify_url: null, unsubscribe_url: null }),
    /** Coupon pushes (SPEC §2). */
    pushes: z
      .object({
        /**
         * PUSH-8: `direct` pushes are capped per channel and store day (messages planned by all
         * direct pushes of that day), e.g. `{ email: 5000 }`; a channel not named has no cap. @default {}
         */
        direct_daily_cap: z
          .object({
            email: z.number().int().min(0).nullable().optional(),
            feed: z.number().int().min(0).nullable().optional(),
            push: z.number().int().min(0).nullable().optional(),
          })
          .strict()
          .default({}),
        /**
         * PUSH-13: when a push's deliveries are written, this many `push_deliveries_queued`
         * events are emitted; each sends the push's messages until none is due, in whichever
         * worker process takes it (one batch in flight per process), so up to this many
         * workers share one push. @default 4
         */
        send_lanes: z.number().int().min(1).max(64).default(4),
      })
      .strict()
      .default({ direct_daily_cap: {}, send_lanes: 4 }),
    /** Loyalty points (SPEC §3). */
    points: z
      .object({
        /**
         * POINTS-2: `earn_points` points for every `earn_per_amount` of the merchandise total
         * (currency main unit). @default 1 point per 100
         */
        earn_points: z.number().int().min(0).default(1),
        earn_per_amount: z.number().positive().default(100),
        /** POINTS-3: earned points expire this many months after earning; null: never. @default null */
        expiry_months: z.number().int().min(1).max(120).nullable().default(null),
        /** POINTS-8: days before an exchanged coupon expires that its holder is reminded. @default 3 */
        reminder_days: z.number().int().min(1).max(60).default(3),
        /** POINTS-4: the face values exchange offers may use. @default the SPEC's list */
        denominations: z.array(z.number().positive()).min(1).default([...DEFAULT_EXCHANGE_DENOMINATIONS]),
      })
      .strict()
      .default({ earn_points: 1, earn_per_amount: 100, expiry_months: null, reminder_days: 3, denominations: [...DEFAULT_EXCHANGE_DENOMINATIONS] }),
  })
  .strict()

export type CouponMarketingOptions = z.output<typeof CouponMarketingOptionsSchema>
export type CouponMarketingOptionsInput = z.input<typeof CouponMarketingOptionsSchema>

/** Keys that Medusa itself adds to a module's options; they are not the merchant's. */
const HOST_OPTION_KEYS = ["database", "scope", "resources", "definition", "dependencies"]


/**
 * Parses the options handed to the module. Throws an Error whose message names every bad
 * option, e.g. `Invalid options for medusa-plugin-coupon-marketing: timezone: must be an IANA…`.
 */
export function parseCouponMarketingOptions(raw: unknown, env: Record<string, string | undefined> = process.env): CouponMarketingOptions {
  const input: Record<string, unknown> = {}
  if (raw && typeof raw === "object") {
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      if (!HOST_OPTION_KEYS.includes(key)) {
        input[key] = value
      }
    }
  }
  const result = CouponMarketingOptionsSchema.safeParse(input)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      if (issue.code === "unrecognized_keys") {
        return `unknown option${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`
      }
      const path = issue.path.length ? issue.path.join(".") : "(options)"
      return `${path}: ${issue.message}`
    })
    throw new Error(`Invalid options for medusa-plugin-coupon-marketing: ${problems.join("; ")}`)
  }
  if (env.NODE_ENV === "production" && !result.data.messages.token_secret) {
    throw new Error(
      "Invalid options for medusa-plugin-coupon-marketing: messages.token_secret: required in production (it signs the email-verification and unsubscribe links; use 16 or more random characters)"
    )
  }
  return result.data
}

/** Signs tokens outside production when no `messages.token_secret` is set (never used in production). */
export const DEVELOPMENT_TOKEN_SECRET = "coupon-marketing-development-secret"

