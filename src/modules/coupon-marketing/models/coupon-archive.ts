import { model } from "@medusajs/framework/utils"

/**
 * What stays of a coupon purged 3 years after its end (COUPON-19): its policy in words and its
 * usage in aggregate, per currency. The coupon, its codes and its per-order uses are gone.
 */
export const CouponArchive = model
  .define({ name: "CouponArchive", tableName: "cm_coupon_archive" }, {
    id: model.id({ prefix: "cparc" }).primaryKey(),
    coupon_id: model.text(),
    name: model.text(),
    audience: model.text(),
    code_mode: model.text(),
    benefit_type: model.text(),
    benefit_value: model.bigNumber().nullable(),
    currency_code: model.text(),
    starts_at: model.dateTime().nullable(),
    ended_at: model.dateTime().nullable(),
    codes_issued: model.number().default(0),
    /** Live uses (cancelled orders gave theirs back) and their sums. */
    uses: model.number().default(0),
    eligible_total: model.bigNumber().default(0),
    discount_total: model.bigNumber().default(0),
    purged_at: model.dateTime(),
  })
  .indexes([{ name: "IDX_cm_coupon_archive_coupon_id", on: ["coupon_id"], unique: true, where: "deleted_at IS NULL" }])
