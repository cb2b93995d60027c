import { z } from "@medusajs/framework/zod"
import { orderedListParams } from "../../../utils/list-params"

const date = z.union([z.string(), z.date()]).nullish()
/** What an integer column holds (Postgres integer). */
const INT_MAX = 2_147_483_647
const whole = z.number().int().min(-INT_MAX).max(INT_MAX)
/** Money of an offer: the coupon's benefit and condition are bounded the same way. */
const money = z.number().min(-INT_MAX).max(INT_MAX)

/** GET /admin/coupon-marketing/exchange-offers: `?limit&offset&order` (newest first by default). */
export const AdminListExchangeOffers = orderedListParams(["created_at", "name", "points_cost", "face_value"], "-created_at")
export type AdminListExchangeOffersType = z.infer<typeof AdminListExchangeOffers>

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
