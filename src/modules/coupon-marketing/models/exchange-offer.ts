import { model } from "@medusajs/framework/utils"
import { OFFER_COMPLIANCE } from "../../../types/points"

/**
 * A points-exchange offer (POINTS-4): a coupon of `face_value` off at `threshold`, for
 * `points_cost` points, `stock` times in all. The coupon itself is a plugin coupon (members
 * only, individual codes valid `valid_days` after the exchange) that the offer owns.
 */
export const ExchangeOffer = model
  .define({ name: "ExchangeOffer", tableName: "cm_exchange_offer" }, {
    id: model.id({ prefix: "cmxo" }).primaryKey(),
    name: model.text(),
    coupon_id: model.text(),
    face_value: model.bigNumber(),
    threshold: model.bigNumber().default(0),
    currency_code: model.text(),
    points_cost: model.number(),
    stock: model.number(),
    exchanged_count: model.number().default(0),
    per_customer_limit: model.number().nullable(),
    valid_days: model.number(),
    starts_at: model.dateTime().nullable(),
    ends_at: model.dateTime().nullable(),
    /** POINTS-5: hidden from shoppers while a free coupon beats it. */
    compliance: model.enum([...OFFER_COMPLIANCE]).default("compliant"),
    non_compliant_reason: model.text().nullable(),
    rival_coupon_id: model.text().nullable(),
  })
  .indexes([{ name: "IDX_cm_exchange_offer_coupon", on: ["coupon_id"], where: "deleted_at IS NULL" }])
