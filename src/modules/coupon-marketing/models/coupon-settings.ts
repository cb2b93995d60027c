import { model } from "@medusajs/framework/utils"
import { CODE_FORM_POSITIONS, POINTS_BASES } from "../../../types/settings"

/**
 * The store-wide coupon settings: one row, keyed by `scope` (always "store"), so that two
 * concurrent first saves cannot create two rows (unique index).
 */
export const CouponSettings = model.define(
  { name: "CouponSettings", tableName: "cm_settings" },
  {
    id: model.id({ prefix: "cmset" }).primaryKey(),
    scope: model.text().unique(),
    show_code_form: model.boolean().default(true),
    code_form_position: model.enum([...CODE_FORM_POSITIONS]).default("above_checkout"),
    guide_text: model.text().default(""),
    show_my_coupons: model.boolean().default(true),
    points_basis: model.enum([...POINTS_BASES]).default("after_discount"),
    // Issue 11 item 4: the merchant's message texts ("" = the plugin's own text).
    email_verification_subject: model.text().default(""),
    email_verification_intro: model.text().default(""),
    coupon_push_subject: model.text().default(""),
    coupon_push_intro: model.text().default(""),
    exchange_reminder_subject: model.text().default(""),
    exchange_reminder_intro: model.text().default(""),
  }
)
