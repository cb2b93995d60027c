import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import nodemailer, { type Transporter } from "nodemailer"
import { isEmailTemplate, renderEmail, type EmailOverridesType } from "../../emails"
import { parseSmtpOptions, type ParsedSmtpOptions, type SmtpOptions } from "./options"

type InjectedDependencies = { logger?: Logger }

/**
 * A Notification Module provider that sends email over SMTP with nodemailer (identifier
 * `smtp`). What it sends, in this order:
 * - the notification's `content` (`subject`, `html`, `text`), as the plugin's delivery
 *   pipeline passes it;
 * - else, when `template` is one of the plugin's emails (`coupon-push`, `exchange-reminder`,
 *   `email-verification`, with or without the `coupon-marketing-` prefix), that email rendered
 *   from `data` (the merchant's texts in `provider_data.overrides`);
 * - else it refuses: it has nothing to send.
 * With `data.unsubscribe_url` it adds the `List-Unsubscribe` and one-click
 * `List-Unsubscribe-Post` headers (RFC 8058). A failed send throws (the pipeline retries it).
 */
export class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "smtp"

  protected readonly options_: ParsedSmtpOptions
  protected readonly transporter_: Transporter
  protected readonly logger_?: Logger

  static validateOptions(options: Record<string, unknown>): void {
    parseSmtpOptions(options)
  }

  constructor({ logger }: InjectedDependencies, options: SmtpOptions) {
    super()
    this.logger_ = logger
    this.options_ = parseSmtpOptions(options)
    const o = this.options_
    this.transporter_ = nodemailer.createTransport({
      host: o.host,
      port: o.port,
      secure: o.secure,
      requireTLS: o.require_tls,
      tls: { rejectUnauthorized: o.reject_unauthorized },
      auth: o.auth ? { user: o.auth.user, pass: o.auth.pass } : undefined,
      connectionTimeout: o.timeout_ms,
      greetingTimeout: o.timeout_ms,
      socketTimeout: o.timeout_ms,
    })
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const to = notification?.to?.trim()
    if (!to) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "SMTP provider: the notification has no recipient (to)")
    }
    const message = await this.compose(notification)
    const data = (notification.data ?? {}) as Record<string, unknown>
    const unsubscribe = typeof data.unsubscribe_url === "string" && /^https?:\/\//i.test(data.unsubscribe_url) ? data.unsubscribe_url : null
    try {
      const info = await this.transporter_.sendMail({
        from: notification.from?.trim() || this.options_.from,
        to,
        replyTo: this.options_.reply_to,
        subject: message.subject,
        html: message.html,
        text: message.text,
        headers: unsubscribe
          ? { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
          : undefined,
        attachments: notification.attachments?.map((a) => ({
          filename: a.filename,
          content: a.content,
          encoding: "base64",
          contentType: a.content_type,
          contentDisposition: a.disposition === "inline" ? "inline" : "attachment",
          cid: a.id,
        })),
      })
      return { id: info.messageId }
    } catch (error) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `SMTP provider: sending to ${to} through ${this.options_.host}:${this.options_.port} failed: ${(error as Error).message}`
      )
    }
  }

  /** The subject and parts to send: the given content, or the plugin's template rendered. */
  protected async compose(notification: ProviderSendNotificationDTO): Promise<{ subject: string; html?: string; text?: string }> {
    const content = notification.content
    if (content && (content.html || content.text)) {
      if (!content.subject?.trim()) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `SMTP provider: the email for template "${notification.template}" has no subject`)
      }
      return { subject: content.subject, html: content.html, text: content.text }
    }
    if (isEmailTemplate(notification.template)) {
      const overrides = (notification.provider_data?.overrides ?? null) as EmailOverridesType | null
      return renderEmail(notification.template, notification.data ?? {}, overrides)
    }
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `SMTP provider: nothing to send for template "${notification.template}": give content (subject and html or text) or use one of the plugin's email templates`
    )
  }

  /** Checks the connection and the login (e.g. from a health check). */
  async verify(): Promise<true> {
    return (await this.transporter_.verify()) as true
  }

  /** Closes pooled connections (none unless pooled; for tests and shutdown). */
  close(): void {
    this.transporter_.close()
  }
}

export default SmtpNotificationService
