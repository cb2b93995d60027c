import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/** A sender: "shop@example.com" or "Sakura Select <shop@example.com>". */
const Sender = z
  .string()
  .trim()
  .refine((v) => /^(?:[^<>]*<\s*[^\s@<>]+@[^\s@<>]+\s*>|[^\s@<>]+@[^\s@<>]+)$/.test(v), {
    message: 'must be an email address, e.g. "shop@example.com" or "Sakura Select <shop@example.com>"',
  })

/**
 * The SMTP provider's options (a Notification Module provider; `channels` is the module's own,
 * usually `["email"]`). Checked when the store starts; a bad one stops it, named.
 */
export const SmtpOptionsSchema = z
  .object({
    /** The channels this provider serves (Notification Module): `["email"]`. */
    channels: z.array(z.string()).optional(),
    /** The SMTP server's host name. Required. */
    host: z.string().trim().min(1),
    /** Its port. Default: 465 when `secure`, else 587. */
    port: z.number().int().min(1).max(65535).optional(),
    /** TLS from the first byte (SMTPS, usually port 465). Default: `port === 465`. Otherwise STARTTLS is used when the server offers it. */
    secure: z.boolean().optional(),
    /** Refuse to send unless the server upgrades to TLS with STARTTLS. Default `false`. */
    require_tls: z.boolean().default(false),
    /** Check the server's certificate. Default `true`; `false` only for a local test server. */
    reject_unauthorized: z.boolean().default(true),
    /** Login, when the server asks for one. */
    auth: z.object({ user: z.string().min(1), pass: z.string().min(1) }).optional(),
    /** The sender of every email, unless a notification names its own `from`. Required. */
    from: Sender,
    /** A Reply-To address, optional. */
    reply_to: Sender.optional(),
    /** How long to wait for the server (connect, greeting, each reply), in ms. Default 10,000. */
    timeout_ms: z.number().int().min(100).max(600_000).default(10_000),
  })
  .transform((o) => {
    const secure = o.secure ?? o.port === 465
    return { ...o, secure, port: o.port ?? (secure ? 465 : 587) }
  })

export type SmtpOptions = z.input<typeof SmtpOptionsSchema>
export type ParsedSmtpOptions = z.output<typeof SmtpOptionsSchema>

/** Parses the options, or throws naming each bad one: `Invalid options for the SMTP notification provider: host: is required`. */
export function parseSmtpOptions(options: unknown): ParsedSmtpOptions {
  const result = SmtpOptionsSchema.safeParse(options ?? {})
  if (result.success) return result.data
  const issues = result.error.issues
    .map((i) => `${i.path.join(".") || "options"}: ${/received undefined$/.test(i.message) ? "is required" : i.message}`)
    .join("; ")
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid options for the SMTP notification provider: ${issues}`)
}
