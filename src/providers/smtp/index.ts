/**
 * The plugin's SMTP Notification provider (nodemailer), for stores that send email by plain
 * SMTP. In `medusa-config.ts`:
 *
 * ```ts
 * { resolve: "@medusajs/medusa/notification", options: { providers: [
 *   { resolve: "medusa-plugin-coupon-marketing/providers/smtp", id: "smtp",
 *     options: { channels: ["email"], host: "smtp.example.com", port: 587,
 *       auth: { user: "…", pass: "…" }, from: "Sakura Select <shop@example.com>" } },
 * ] } }
 * ```
 */
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SmtpNotificationService } from "./service"

export { SmtpNotificationService } from "./service"
export { SmtpOptionsSchema, parseSmtpOptions, type SmtpOptions } from "./options"

export default ModuleProvider(Modules.NOTIFICATION, { services: [SmtpNotificationService] })
