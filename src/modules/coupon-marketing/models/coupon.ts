import { model } from "@medusajs/framework/utils"
import {
  BENEFIT_TYPES,
  CODE_MODES,
  CONDITION_TYPES,
  COUPON_AUDIENCES,
  VALIDITY_TYPES,
} from "../../../types/coupons"
import { CouponCode } from "./coupon-code"
import { CouponUsage } from "./coupon-usage"
import { CartCoupon } from "./cart-coupon"

/**
 * A plugin coupon (SPEC §1): its policy. The discount itself is computed by the Medusa
 * promotion the coupon owns (`promotion_id`, linked to the Promotion Module).
 * Status is never stored: it is derived from time (COUPON-16).
 */
export const Coupon = model
  .define({ name: "Coupon", tableName: "cm_coupon" }, {
    id: model.id({ prefix: "cpn" }).primaryKey(),
    name: model.text(),
    audience: model.enum([...COUPON_AUDIENCES]),
    code_mode: model.enum([...CODE_MODES]),
    /** fixed mode: the code shoppers type, upper-case. */
    code: model.text().nullable(),
    /** segment audience: the Medusa customer group. */
    customer_group_id: model.text().nullable(),
    validity_type: model.enum([...VALIDITY_TYPES]),
    starts_at: model.dateTime().nullable(),
    ends_at: model.dateTime().nullable(),
    valid_days: model.number().nullable(),
    benefit_type: model.enum([...BENEFIT_TYPES]),
    benefit_value: model.bigNumber().nullable(),
    gift_variant_id: model.text().nullable(),
    currency_code: model.text(),
    condition_type: model.enum([...CONDITION_TYPES]).default("none"),
    condition_value: model.bigNumber().nullable(),
    /** Empty: all products. Up to 5 Medusa product category ids (COUPON-12). */
    category_ids: model.array().default([]),
    per_customer_limit: model.number().nullable(),
    total_limit: model.number().nullable(),
    /** The Medusa promotion this coupon owns, and its secret code (never shown to anybody). */
    promotion_id: model.text().nullable(),
    promotion_code: model.text().nullable(),
    /** Individual codes: when the first ones were issued, and when the last issued one expires. */
    codes_issued_at: model.dateTime().nullable(),
    last_code_expires_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    codes: model.hasMany(() => CouponCode, { mappedBy: "coupon" }),
    usages: model.hasMany(() => CouponUsage, { mappedBy: "coupon" }),
    carts: model.hasMany(() => CartCoupon, { mappedBy: "coupon" }),
  })
  .indexes([
    { name: "IDX_cm_coupon_code_unique", on: ["code"], unique: true, where: "code IS NOT NULL AND deleted_at IS NULL" },
    { name: "IDX_cm_coupon_gift_variant_unique", on: ["gift_variant_id"], unique: true, where: "gift_variant_id IS NOT NULL AND deleted_at IS NULL" },
    { name: "IDX_cm_coupon_promotion_id", on: ["promotion_id"], where: "deleted_at IS NULL" },
    { name: "IDX_cm_coupon_ends_at", on: ["ends_at"], where: "deleted_at IS NULL" },
  ])
