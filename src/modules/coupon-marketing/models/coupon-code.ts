import { model } from "@medusajs/framework/utils"
import { Coupon } from "./coupon"

/**
 * An individual code (COUPON-5): unique, owned by one customer, 1 use. Inserted in bulk, so it
 * lives here rather than as one Medusa promotion per code.
 */
export const CouponCode = model
  .define({ name: "CouponCode", tableName: "cm_coupon_code" }, {
    id: model.id({ prefix: "cpcd" }).primaryKey(),
    /** Normalised: upper-case, no hyphens (shown in groups of four). */
    code: model.text(),
    customer_id: model.text(),
    max_uses: model.number().default(1),
    uses: model.number().default(0),
    /** Relative validity: 23:59:59 of the last day in the store's time zone (COUPON-7). */
    expires_at: model.dateTime().nullable(),
    /** Who issued it: admin, push, exchange, gift; and the id of that push/exchange/grant. */
    source: model.text().default("admin"),
    source_id: model.text().nullable(),
    coupon: model.belongsTo(() => Coupon, { mappedBy: "codes" }),
  })
  .indexes([
    { name: "IDX_cm_coupon_code_code_unique", on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_cm_coupon_code_coupon_customer", on: ["coupon_id", "customer_id"], where: "deleted_at IS NULL" },
    { name: "IDX_cm_coupon_code_customer", on: ["customer_id"], where: "deleted_at IS NULL" },
  ])
