import { model } from "@medusajs/framework/utils"
import { Coupon } from "./coupon"

/**
 * One use of a coupon by one order (COUPON-20): written inside checkout, given back once when
 * the order is cancelled (COUPON-21: `released_at` is set exactly once).
 */
export const CouponUsage = model
  .define({ name: "CouponUsage", tableName: "cm_coupon_usage" }, {
    id: model.id({ prefix: "cpuse" }).primaryKey(),
    code: model.text(),
    coupon_code_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    email: model.text().nullable(),
    cart_id: model.text(),
    order_id: model.text().nullable(),
    currency_code: model.text(),
    eligible_total: model.bigNumber().default(0),
    discount_total: model.bigNumber().default(0),
    released_at: model.dateTime().nullable(),
    /** The order as the usage report shows it (COUPON-22), written when the order is created. */
    order_display_id: model.number().nullable(),
    ordered_at: model.dateTime().nullable(),
    orderer_name: model.text().nullable(),
    coupon: model.belongsTo(() => Coupon, { mappedBy: "usages" }),
  })
  .indexes([
    { name: "IDX_cm_coupon_usage_cart_unique", on: ["cart_id"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_cm_coupon_usage_order", on: ["order_id"], where: "deleted_at IS NULL" },
    { name: "IDX_cm_coupon_usage_coupon_customer", on: ["coupon_id", "customer_id"], where: "deleted_at IS NULL AND released_at IS NULL" },
  ])
