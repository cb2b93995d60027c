/**
 * The SMTP provider against a real SMTP server started here (smtp-server), the received
 * messages parsed with mailparser: what a mail client would see.
 */
import type { AddressInfo } from "node:net"
import { SMTPServer } from "smtp-server"
import { simpleParser, type ParsedMail } from "mailparser"
import { SmtpNotificationService } from "../service"
import { parseSmtpOptions } from "../options"

type Received = { mail: ParsedMail; from: string; to: string[]; user?: string }

/** A raw header line as sent, unfolded ("List-Unsubscribe: <https://…>"), or undefined. */
const headerLine = (mail: ParsedMail, key: string) => mail.headerLines.find((h) => h.key === key.toLowerCase())?.line.replace(/\r?\n\s+/g, " ")

let server: SMTPServer
let port: number
const received: Received[] = []
const services: SmtpNotificationService[] = []

beforeAll(async () => {
  server = new SMTPServer({
    disabledCommands: ["STARTTLS"], // plain SMTP on loopback; TLS is nodemailer's, tested upstream
    authOptional: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === "shop" && auth.password === "s3cret") return callback(null, { user: auth.username })
      return callback(new Error("Invalid username or password"))
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            mail,
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            user: session.user as string | undefined,
          })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()))
  port = (server.server.address() as AddressInfo).port
})

afterAll(async () => {
  services.forEach((s) => s.close())
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

beforeEach(() => {
  received.length = 0
})

function provider(options: Record<string, unknown> = {}) {
  const service = new SmtpNotificationService({}, {
    channels: ["email"], host: "127.0.0.1", port, auth: { user: "shop", pass: "s3cret" }, from: "Sakura Select <shop@example.com>", timeout_ms: 5000, ...options,
  } as never)
  services.push(service)
  return service
}

const unsubscribe_url = "https://shop.example.com/store/coupon-marketing/unsubscribe?token=abc.def"

describe("SMTP notification provider", () => {
  it("sends the given content: HTML and text parts, subject, sender, recipient, login, unsubscribe headers", async () => {
    const result = await provider().send({
      to: "hana@example.com", channel: "email", template: "coupon-marketing-exchange-reminder",
      data: { unsubscribe_url },
      content: { subject: "Your coupon expires soon", html: "<p>Your <b>¥55</b> coupon</p>", text: "Your ¥55 coupon" },
    })
    expect(result.id).toMatch(/^<.+@.+>$/)
    expect(received).toHaveLength(1)
    const [{ mail, from, to, user }] = received
    expect(user).toBe("shop")
    expect(from).toBe("shop@example.com")
    expect(to).toEqual(["hana@example.com"])
    expect(mail.subject).toBe("Your coupon expires soon")
    expect(mail.from?.text).toBe('"Sakura Select" <shop@example.com>')
    expect(mail.html).toContain("<b>¥55</b>")
    expect(mail.text?.trim()).toBe("Your ¥55 coupon")
    expect(headerLine(mail, "List-Unsubscribe")).toBe(`List-Unsubscribe: <${unsubscribe_url}>`)
    expect(headerLine(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    expect(mail.messageId).toBe(result.id)
  })

  it("renders the plugin's template when no content is given (coupon-push), with the merchant's subject", async () => {
    await provider().send({
      to: "hana@example.com", channel: "email", template: "coupon-push",
      data: {
        store_name: "Sakura Select", unsubscribe_url, first_name: "Hana", indv_coupon_code: "K7QF9X2MHW4D",
        coupon: { name: "Winter sale", benefit: "¥500 off", condition: "Eligible total ¥3,000 or more", validity: "Until 2027-01-31 23:59 (Asia/Tokyo)" },
      },
      provider_data: { overrides: { subject: "{{first_name}}, a coupon from {{store_name}}" } },
    })
    const [{ mail }] = received
    expect(mail.subject).toBe("Hana, a coupon from Sakura Select")
    for (const part of [mail.html as string, mail.text as string]) {
      expect(part).toContain("K7QF-9X2M-HW4D")
      expect(part).toContain("Sakura Select")
      expect(part).toContain(unsubscribe_url.replace(/&/g, "&amp;"))
    }
    expect(headerLine(mail, "List-Unsubscribe")).toBe(`List-Unsubscribe: <${unsubscribe_url}>`)
    // The link in the HTML part is the one in the header: what a click and a one-click client follow.
    const href = /href="([^"]*unsubscribe[^"]*)"/.exec(mail.html as string)?.[1]
    expect(href).toBe(unsubscribe_url)
  })

  it("no unsubscribe link: no List-Unsubscribe headers; the notification's own sender wins", async () => {
    await provider().send({ to: "a@example.com", from: "promo@example.com", channel: "email", template: "x", content: { subject: "Hi", text: "Plain only" } })
    const [{ mail, from }] = received
    expect(from).toBe("promo@example.com")
    expect(headerLine(mail, "List-Unsubscribe")).toBeUndefined()
    expect(headerLine(mail, "List-Unsubscribe-Post")).toBeUndefined()
    expect(mail.text?.trim()).toBe("Plain only")
    expect(mail.html).toBe(false)
  })

  it("refuses what it cannot send, saying why; nothing reaches the server", async () => {
    const smtp = provider()
    await expect(smtp.send({ to: "", channel: "email", template: "x", content: { subject: "s", text: "t" } })).rejects.toThrow("has no recipient")
    await expect(smtp.send({ to: "a@example.com", channel: "email", template: "newsletter", data: {} })).rejects.toThrow('nothing to send for template "newsletter"')
    await expect(smtp.send({ to: "a@example.com", channel: "email", template: "x", content: { text: "no subject" } })).rejects.toThrow("has no subject")
    await expect(smtp.send({ to: "a@example.com", channel: "email", template: "coupon-push", data: { store_name: "S" } })).rejects.toThrow(/unsubscribe_url: is required/)
    expect(received).toHaveLength(0)
  })

  it("a server that refuses the login, or does not offer TLS when required: a clear error (the pipeline retries)", async () => {
    await expect(provider({ auth: { user: "shop", pass: "wrong" } }).send({ to: "a@example.com", channel: "email", template: "x", content: { subject: "s", text: "t" } }))
      .rejects.toThrow(new RegExp(`sending to a@example.com through 127.0.0.1:${port} failed: .*Invalid login`))
    await expect(provider({ require_tls: true }).send({ to: "a@example.com", channel: "email", template: "x", content: { subject: "s", text: "t" } }))
      .rejects.toThrow(/failed: .*STARTTLS/i)
    await expect(provider({ port: 1 }).send({ to: "a@example.com", channel: "email", template: "x", content: { subject: "s", text: "t" } }))
      .rejects.toThrow(/through 127.0.0.1:1 failed/)
    expect(received).toHaveLength(0)
  })

  it("bad options are refused at start, naming each one", () => {
    const ok = { host: "smtp.example.com", from: "shop@example.com" }
    expect(() => SmtpNotificationService.validateOptions({})).toThrow(
      "Invalid options for the SMTP notification provider: host: is required; from: is required"
    )
    expect(() => SmtpNotificationService.validateOptions({ ...ok, port: 70000 })).toThrow(/port: /)
    expect(() => SmtpNotificationService.validateOptions({ ...ok, port: "587" })).toThrow(/port: /)
    expect(() => SmtpNotificationService.validateOptions({ ...ok, from: "not an address" })).toThrow(/from: must be an email address/)
    expect(() => SmtpNotificationService.validateOptions({ ...ok, auth: { user: "shop" } })).toThrow(/auth\.pass: is required/)
    expect(() => SmtpNotificationService.validateOptions({ ...ok, secure: "yes" })).toThrow(/secure: /)
    expect(() => new SmtpNotificationService({}, { host: "" } as never)).toThrow(/host: /)
    // Defaults: STARTTLS port 587, SMTPS on 465, certificates checked.
    expect(parseSmtpOptions({ ...ok, channels: ["email"] })).toMatchObject({ port: 587, secure: false, require_tls: false, reject_unauthorized: true, timeout_ms: 10000 })
    expect(parseSmtpOptions({ ...ok, secure: true })).toMatchObject({ port: 465, secure: true })
    expect(parseSmtpOptions({ ...ok, port: 465 })).toMatchObject({ port: 465, secure: true })
    expect(parseSmtpOptions({ ...ok, from: "Sakura Select <shop@example.com>" }).from).toBe("Sakura Select <shop@example.com>")
  })
})
