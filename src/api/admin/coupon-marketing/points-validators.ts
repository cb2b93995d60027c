import { z } from "@medusajs/framework/zod"

const date = z.union([z.string(), z.date()]).nullish()
/** What an integer column holds (Postgres integer). */
const INT_MAX = 2_147_483_647
const whole = z.number().int().min(-INT_MAX).max(INT_MAX)
/** Money of an offer: the coupon's benefit and condition are bounded the same way. */
const money = z.number().min(-INT_MAX).max(INT_MAX)

/** POST /admin/coupon-marketing/exchange-offers: shapes here, business rules in the workflow (400 naming the field). */
export const AdminCreateExchangeOffer = z
  .object({
    name: z.string(),
    face_value: money,
    threshold: money.default(0),
    currency_code: z.string().length(3),
    points_cost: whole,
    stock: whole,
    per_customer_limit: whole.nullish(),
    valid_days: whole,
    starts_at: date,
    ends_at: date,
  })
  .strict()
export type AdminCreateExchangeOfferType = z.infer<typeof AdminCreateExchangeOffer>

/** Every field optional and none defaulted: a field left out keeps its value (no `threshold` reset to 0). */
export const AdminUpdateExchangeOffer = z
  .object({
    name: z.string(),
    face_value: money,
    threshold: money,
    points_cost: whole,
    stock: whole,
    per_customer_limit: whole.nullish(),
    starts_at: date,
    ends_at: date,
  })
  .partial()
  .strict()
export type AdminUpdateExchangeOfferType = z.infer<typeof AdminUpdateExchangeOffer>

/** POINTS-6: a deposit below 1,000,000 with a reason. */
export const AdminCreateDeposit = z
  .object({
    amount: z
      .number()
      .refine((n) => n > 0, { message: "amount: a deposit must be a positive amount" })
      .refine((n) => n < 1_000_000, { message: "amount: one deposit must be below 1,000,000 (split larger ones)" }),
    reason: z.string().trim().min(1, { message: "reason: a reason is required" }).max(500),
    currency_code: z.string().length(3),
  })
  .strict()
export type AdminCreateDepositType = z.infer<typeof AdminCreateDeposit>

/** POINTS-3: an adjustment with a reason. */
export const AdminCreateAdjustment = z
  .object({
    points: whole.refine((n) => n !== 0, { message: "points: an adjustment of 0 points changes nothing" }),
    reason: z.string().trim().min(1, { message: "reason: a reason is required" }).max(500),
    /** Optional: a retried request with the same key adds nothing. */
    idempotency_key: z.string().min(8).max(100).optional(),
  })
  .strict()
export type AdminCreateAdjustmentType = z.infer<typeof AdminCreateAdjustment>

export { ListParams, type ListParamsType } from "../../utils/list-params"

/** POST /store/coupon-marketing/me/points/exchanges */