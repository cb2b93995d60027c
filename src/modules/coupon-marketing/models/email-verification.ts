import { model } from "@medusajs/framework/utils"

/**
 * PUSH-2 double opt-in: one verification email asked for. Its id is the nonce inside the signed
 * token, so a token can be used once (`used_at`) and only until `expires_at`.
 */
export const EmailVerification = model
  .define({ name: "EmailVerification", tableName: "cm_email_verification" }, {
    id: model.id({ prefix: "cmevr" }).primaryKey(),
    customer_id: model.text(),
    /** The address the link was sent to (lower case). */
    email: model.text(),
    expires_at: model.dateTime(),
    used_at: model.dateTime().nullable(),
  })
  .indexes([{ name: "IDX_cm_email_verification_customer", on: ["customer_id"], where: "deleted_at IS NULL" }])
