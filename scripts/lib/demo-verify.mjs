// `npm run dev:demo-email -- verify`, while `npm run dev` runs: PUSH-2 double opt-in end to end,
// through the running store's HTTP routes as a storefront calls them.
//  1. the storefront's publishable key (read with the seeded admin: GET /admin/api-keys);
//  2. a new demo shopper registers (emailpass) and logs in;
//  3. they ask to verify their email: POST /store/coupon-marketing/email-verification;
//  4. the store's delivery job sends the verification email by SMTP: waited for in the mail
//     catcher (maildev's REST API, GET /api/email);
//  5. the link in the email is followed as the shopper's mail client would (the key-less
//     GET /coupon-marketing/email-verification/confirm?token=…);
//  6. their preferences now say the address is verified; the same link a second time is refused.
import { adminLogin, httpClient } from "./shop.mjs"
import { listCaughtEmails } from "./mail-catcher.mjs"

const PUBLISHABLE_KEY_TITLE = "Coupon Demo Storefront" // scripts/seed/demo-data.ts

/** The first link of the email that confirms the address (the text part, else the HTML). */
export function verifyLinkOf(mail) {
  const sources = [mail.text ?? "", mail.html ?? ""]
  for (const source of sources) {
    const match = source.match(/https?:\/\/[^\s"'<>)\]]+email-verification\/confirm\?token=[^\s"'<>)\]]+/)
    if (match) return match[0].replace(/&amp;/g, "&")
  }
  return null
}

export async function demoVerify({ baseUrl, inboxUrl, log = console.log }) {
  const admin = await adminLogin(baseUrl, {
    email: process.env.SEED_ADMIN_EMAIL || "admin@coupon-demo.local",
    password: process.env.SEED_ADMIN_PASSWORD || "supersecret",
  })
  const { api_keys } = await admin.get(`/admin/api-keys?type=publishable&q=${encodeURIComponent(PUBLISHABLE_KEY_TITLE)}`)
  const key = api_keys.find((k) => k.title === PUBLISHABLE_KEY_TITLE && !k.revoked_at)
  if (!key) throw new Error(`No publishable key "${PUBLISHABLE_KEY_TITLE}": did the seed run?`)
  const publishable = { "x-publishable-api-key": key.token }

  const email = `verify.demo+${Date.now()}@coupon-demo.local`
  const password = "demo-shopper-1"
  const anon = httpClient(baseUrl, publishable)
  const { token: registration } = await anon.post("/auth/customer/emailpass/register", { email, password })
  await httpClient(baseUrl, { ...publishable, authorization: `Bearer ${registration}` }).post("/store/customers", { email, first_name: "Mika", last_name: "Demo" })
  const { token } = await anon.post("/auth/customer/emailpass", { email, password })
  const shopper = httpClient(baseUrl, { ...publishable, authorization: `Bearer ${token}` })
  log(`[dev] demo shopper ${email} registered and logged in`)

  const before = new Set((await listCaughtEmails(inboxUrl)).map((m) => m.id))
  const asked = await shopper.post("/store/coupon-marketing/email-verification", {})
  log(`[dev] POST /store/coupon-marketing/email-verification → ${JSON.stringify(asked)}`)

  const deadline = Date.now() + 150_000
  let mail
  while (!mail && Date.now() < deadline) {
    mail = (await listCaughtEmails(inboxUrl)).find((m) => !before.has(m.id) && m.to?.some((t) => t.address === email))
    if (!mail) await new Promise((r) => setTimeout(r, 2000))
  }
  if (!mail) throw new Error(`The verification email to ${email} did not arrive in ${inboxUrl} within 150 s: is \`npm run dev\` running its jobs?`)
  const link = verifyLinkOf(mail)
  log(`[dev] in the inbox (${inboxUrl}): "${mail.subject}" from ${mail.from?.map((f) => f.address).join(", ")} to ${email}`)
  log(`[dev]   html: ${mail.html ? `${mail.html.length} characters` : "none"}; text: ${mail.text ? `${mail.text.length} characters` : "none"}; as JSON: ${inboxUrl}/api/email/${mail.id}`)
  if (!link) throw new Error("The verification email has no confirmation link")
  log(`[dev]   link: ${link}`)

  const opened = await fetch(link, { headers: { accept: "text/html" } })
  const page = await opened.text()
  const title = page.match(/<title>([^<]*)<\/title>/i)?.[1] ?? page.slice(0, 120)
  log(`[dev] following the link (no key, no login) → ${opened.status} "${title}"`)
  if (opened.status !== 200) throw new Error(`The link answered ${opened.status}`)

  const { preferences } = await shopper.get("/store/coupon-marketing/me/preferences")
  log(`[dev] GET /store/coupon-marketing/me/preferences → email_verified ${preferences.email_verified}, verified at ${preferences.email_verified_at}, may_receive ${JSON.stringify(preferences.may_receive)}`)
  if (!preferences.email_verified) throw new Error("The address is not verified after following the link")

  const again = await fetch(link, { headers: { accept: "application/json" } })
  const againBody = await again.json().catch(() => ({}))
  log(`[dev] the same link again → ${again.status} ${againBody.message ?? ""}`)
  return { email, subject: mail.subject, link, verified: preferences.email_verified }
}
