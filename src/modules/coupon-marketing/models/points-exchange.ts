import { model } from "@medusajs/framework/utils"

/** One exchange of points for a coupon (POINTS-7): what was paid, drawn and issued. */
export const PointsExchange = model
  .define({ name: "PointsExchange", tableName: "cm_points_exchange" }, {
    id: model.id({ prefix: "cmpx" }).primaryKey(),
    offer_id: model.text(),
    customer_id: model.text(),
    points: model.number(),
    face_value: model.bigNumber(),
    currency_code: model.text(),
    coupon_id: model.text(),
    coupon_code_id: model.text(),
    /** POINTS-8: when its holder was reminded that the coupon expires soon (once). */
    reminded_at: model.dateTime().nullable(),
  })
  .indexes([
    { name: "IDX_cm_points_exchange_offer_customer", on: ["offer_id", "customer_id"], where: "deleted_at IS NULL" },
    { name: "IDX_cm_points_exchange_customer", on: ["customer_id"], where: "deleted_at IS NULL" },
  ])
