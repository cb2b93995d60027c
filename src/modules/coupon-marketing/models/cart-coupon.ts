import { model } from "@medusajs/framework/utils"
import { Coupon } from "./coupon"

/**
 * The plugin coupon applied to a cart (COUPON-30: at most one per cart). This server-side row,
 * not anything the shopper can write, is what grants the coupon's promotion to the cart.
 */
export const CartCoupon = model
  .define({ name: "CartCoupon", tableName: "cm_cart_coupon" }, {
    id: model.id({ prefix: "cpcart" }).primaryKey(),
    cart_id: model.text(),
    /** The code the shopper entered (normalised). */
    code: model.text(),
    coupon_code_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    coupon: model.belongsTo(() => Coupon, { mappedBy: "carts" }),
  })
  .indexes([{ name: "IDX_cm_cart_coupon_cart_unique", on: ["cart_id"], unique: true, where: "deleted_at IS NULL" }])
