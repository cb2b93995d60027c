import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { SuiteContext } from "../../helpers/suite"
import { response } from "../../helpers/suite"
import { loginAsAdmin } from "../../helpers/auth"
import { createTestStore, loginAsCustomer, TestStore } from "../../helpers/store"

type ProviderState = { sent: Array<{ to: string; channel: string; template: string; data: Record<string, unknown> }>; attempts: number; failNext: number }
/** The test app's `email` provider (integration-tests/app/providers/test-notification). */
const provider = () => (global as unknown as { __couponMarketingTestNotifications: ProviderState }).__couponMarketingTestNotifications

type Headers = { headers: Record<string, string> }

/** PUSH-1 follow, PUSH-2 consent and signed links, PUSH-12 inbox — over HTTP, in the real app. */
export function followersSuite({ api, getContainer }: SuiteContext) {
  describe("followers, consent and inbox (PUSH-1, PUSH-2, PUSH-12)", () => {
    let admin: Headers
    let store: TestStore

    beforeEach(async () => {
      admin = await loginAsAdmin(getContainer(), api)
      store = await createTestStore(getContainer())
      Object.assign(provider(), { sent: [], attempts: 0, failNext: 0 })
    })

    const service = () => getContainer().resolve("coupon_marketing") as any
    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as { raw: (sql: string, b?: unknown[]) => Promise<{ rows: any[] }> }

    /** Asks for a verification email, runs the delivery pipeline, answers the token from the email's link. */
    async function verificationToken(shopper: Headers): Promise<string> {
      const asked = await api.post("/store/coupon-marketing/email-verification", {}, shopper)
      expect(asked.status).toBe(202)
      const { sendDueDeliveriesWorkflow } = await import("../../../src/workflows/deliveries")
      await sendDueDeliveriesWorkflow(getContainer()).run({ input: { purposes: ["email_verification"] } })
      const mail = provider().sent.filter((m) => m.template === "email-verification").pop()
      expect(mail).toBeDefined()
      const url = new URL(String(mail!.data.verify_url))
      return url.searchParams.get("token")!
    }

    describe("PUSH-1 follow the store", () => {
      it("follow twice keeps one follow and its date; unfollow; follow again = a new date, history kept", async () => {
        const shopper = await loginAsCustomer(api, store, "follower@example.com")
        expect((await api.get("/store/coupon-marketing/me/follow", shopper)).data).toEqual({ follow: { following: false, followed_at: null } })
        const first = (await api.post("/store/coupon-marketing/me/follow", {}, shopper)).data.follow
        expect(first.following).toBe(true)
        const again = (await api.post("/store/coupon-marketing/me/follow", {}, shopper)).data.follow
        expect(again.followed_at).toBe(first.followed_at)
        expect((await api.get("/admin/coupon-marketing/followers", admin)).data.count).toBe(1)

        expect((await api.delete("/store/coupon-marketing/me/follow", shopper)).data.follow.following).toBe(false)
        expect((await api.delete("/store/coupon-marketing/me/follow", shopper)).status).toBe(200)
        expect((await api.get("/store/coupon-marketing/me/follow", shopper)).data.follow.following).toBe(false)
        expect((await api.get("/admin/coupon-marketing/followers", admin)).data.count).toBe(0)

        await new Promise((r) => setTimeout(r, 20))
        const later = (await api.post("/store/coupon-marketing/me/follow", {}, shopper)).data.follow
        expect(new Date(later.followed_at).getTime()).toBeGreaterThan(new Date(first.followed_at).getTime())
        const list = (await api.get("/admin/coupon-marketing/followers", admin)).data
        expect(list).toMatchObject({ count: 1, offset: 0, limit: 20 })
        expect(list.followers[0]).toMatchObject({ customer_id: shopper.customerId, email: "follower@example.com", follow_count: 2, email_verified: false, consent: { email: true, feed: true, push: true } })
        expect(new Date(list.followers[0].followed_at).toISOString()).toBe(new Date(later.followed_at).toISOString())
        const { rows } = await pg().raw(`select count(*)::int as n from cm_follower where customer_id = ?`, [shopper.customerId])
        expect(rows[0].n).toBe(2)
      })

      it("20 follows at once make one follower", async () => {
        const shopper = await loginAsCustomer(api, store, "eager@example.com")
        const results = await Promise.all(Array.from({ length: 20 }, () => response(api.post("/store/coupon-marketing/me/follow", {}, shopper))))
        expect(results.map((r) => r.status)).toEqual(Array(20).fill(200))
        expect(new Set(results.map((r) => r.data.follow.followed_at)).size).toBe(1)
        expect((await api.get("/admin/coupon-marketing/followers", admin)).data.count).toBe(1)
      })

      it("needs a logged-in customer; a body field is refused naming it", async () => {
        expect((await response(api.post("/store/coupon-marketing/me/follow", {}, store.headers))).status).toBe(401)
        expect((await response(api.get("/store/coupon-marketing/me/follow", store.headers))).status).toBe(401)
        const shopper = await loginAsCustomer(api, store, "strict@example.com")
        const bad = await response(api.post("/store/coupon-marketing/me/follow", { customer_id: "cus_other" }, shopper))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("customer_id")
      })

      it("admin list: follow-date range in the store's zone (Asia/Tokyo), search, consent filter, pagination; CSV", async () => {
        const a = await loginAsCustomer(api, store, "aiko@example.com")
        const b = await loginAsCustomer(api, store, "bunta@example.com")
        const c = await loginAsCustomer(api, store, "chika@example.com")
        await getContainer().resolve(Modules.CUSTOMER).updateCustomers(c.customerId, { first_name: "=HYPERLINK(evil)" })
        for (const s of [a, b, c]) await api.post("/store/coupon-marketing/me/follow", {}, s)
        // Aiko followed 2026-11-01 00:30 in Tokyo (still Oct 31 in UTC); Bunta 2026-11-30 23:59 Tokyo; C in December.
        const at = async (who: { customerId: string }, iso: string) => pg().raw(`update cm_follower set followed_at = ? where customer_id = ?`, [iso, who.customerId])
        await at(a, "2026-10-31T15:30:00Z")
        await at(b, "2026-11-30T14:59:00Z")
        await at(c, "2026-12-01T03:00:00Z")
        const count = async (params: Record<string, unknown>) => (await api.get("/admin/coupon-marketing/followers", { ...admin, params })).data.count
        expect(await count({})).toBe(3)
        expect(await count({ followed_from: "2026-11-01", followed_to: "2026-11-30" })).toBe(2)
        expect(await count({ followed_from: "2026-11-01", followed_to: "2026-11-01" })).toBe(1)
        expect(await count({ followed_to: "2026-10-31" })).toBe(0)
        expect(await count({ followed_from: "2026-12-01" })).toBe(1)
        expect(await count({ q: "bunta" })).toBe(1)
        expect(await count({ q: "nobody-matches" })).toBe(0)

        await api.post("/store/coupon-marketing/me/preferences", { email: false, feed: false, push: false }, b)
        expect(await count({ consent: "email" })).toBe(2)
        expect(await count({ consent: "none" })).toBe(1)

        const page = (await api.get("/admin/coupon-marketing/followers", { ...admin, params: { limit: 2, offset: 0 } })).data
        expect(page).toMatchObject({ count: 3, limit: 2, offset: 0 })
        expect(page.followers.map((f: any) => f.customer_id)).toEqual([c.customerId, b.customerId])
        expect((await api.get("/admin/coupon-marketing/followers", { ...admin, params: { limit: 2, offset: 2 } })).data.followers.map((f: any) => f.customer_id)).toEqual([a.customerId])

        const bad = await response(api.get("/admin/coupon-marketing/followers", { ...admin, params: { followed_from: "2026-13-01" } }))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("followed_from")
        const reversed = await response(api.get("/admin/coupon-marketing/followers", { ...admin, params: { followed_from: "2026-12-01", followed_to: "2026-11-01" } }))
        expect(reversed.status).toBe(400)
        expect(reversed.data.message).toContain("followed_to")
        expect((await response(api.get("/admin/coupon-marketing/followers", store.headers))).status).toBe(401)

        const csv = await api.get("/admin/coupon-marketing/followers/export.csv", { ...admin, params: { followed_from: "2026-11-01" }, responseType: "text" })
        expect(csv.headers["content-type"]).toContain("text/csv")
        const lines = String(csv.data).replace(/^\uFEFF/, "").trim().split("\r\n")
        expect(lines[0]).toBe("Customer ID,Name,Email,Followed at (Asia/Tokyo),Times followed,Email verified,Coupon email,In-app messages,Push,Unsubscribed at")
        expect(lines).toHaveLength(4) // the header and the three who followed from Nov 1 (Tokyo) on
        expect(lines.find((l) => l.startsWith(a.customerId))).toContain("2026-11-01 00:30")
        expect(lines.find((l) => l.startsWith(c.customerId))).toContain(",'=HYPERLINK(evil) chika,chika@example.com,")
        expect(lines.find((l) => l.startsWith(b.customerId))).toContain("2026-11-30 23:59")
      })
    })

    describe("PUSH-2 consent and double opt-in", () => {
      it("preferences: on by default, per channel, validated", async () => {
        const shopper = await loginAsCustomer(api, store, "prefs@example.com")
        const initial = (await api.get("/store/coupon-marketing/me/preferences", shopper)).data.preferences
        expect(initial).toMatchObject({ email: true, feed: true, push: true, email_address: "prefs@example.com", email_verified: false, may_receive: { email: false, feed: false, push: false } })
        const saved = (await api.post("/store/coupon-marketing/me/preferences", { push: false }, shopper)).data.preferences
        expect(saved).toMatchObject({ email: true, feed: true, push: false })
        expect((await api.get("/store/coupon-marketing/me/preferences", shopper)).data.preferences.push).toBe(false)
        const empty = await response(api.post("/store/coupon-marketing/me/preferences", {}, shopper))
        expect(empty.status).toBe(400)
        expect(empty.data.message).toContain("email")
        const wrong = await response(api.post("/store/coupon-marketing/me/preferences", { feed: "yes" }, shopper))
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toContain("feed")
        expect((await response(api.get("/store/coupon-marketing/me/preferences", store.headers))).status).toBe(401)
      })

      it("verification email through the delivery pipeline; confirm once; reuse, forgery and expiry refused in the shopper's words", async () => {
        const shopper = await loginAsCustomer(api, store, "verify@example.com")
        expect((await response(api.post("/store/coupon-marketing/email-verification", {}, store.headers))).status).toBe(401)
        const token = await verificationToken(shopper)
        const mail = provider().sent.find((m) => m.template === "email-verification")!
        expect(mail).toMatchObject({ to: "verify@example.com", channel: "email" })
        expect(mail.data.customer_name).toBe("Test verify")
        expect(String(mail.data.verify_url)).toMatch(/^http:\/\/localhost:9000\/coupon-marketing\/email-verification\/confirm\?token=/)
        // The token is never answered by the API (only the email carries it).
        const { rows } = await pg().raw(`select key, purpose, template from cm_delivery where customer_id = ? and purpose = 'email_verification'`, [shopper.customerId])
        expect(rows).toEqual([{ key: `email_verification:${shopper.customerId}:1`, purpose: "email_verification", template: "email-verification" }])

        // Forged: another signature, or a payload changed to another customer.
        const [body, sig] = token.split(".")
        const forged = await response(api.post("/store/coupon-marketing/email-verification/confirm", { token: `${body}.${sig.slice(0, -4)}abcd` }, store.headers))
        expect(forged.status).toBe(400)
        expect(forged.data.message).toBe("This verification link is not valid. Please ask for a new verification email from your account.")
        const other = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, "base64url").toString()), customer_id: "cus_other" })).toString("base64url")
        expect((await response(api.post("/store/coupon-marketing/email-verification/confirm", { token: `${other}.${sig}` }, store.headers))).status).toBe(400)

        // Confirmed without login (the link may be opened elsewhere), once.
        const ok = await api.post("/store/coupon-marketing/email-verification/confirm", { token }, store.headers)
        expect(ok.data.verification).toMatchObject({ email: "verify@example.com", verified: true })
        const prefs = (await api.get("/store/coupon-marketing/me/preferences", shopper)).data.preferences
        expect(prefs).toMatchObject({ email_verified: true, may_receive: { email: true, feed: true, push: true } })
        const reused = await response(api.post("/store/coupon-marketing/email-verification/confirm", { token }, store.headers))
        expect(reused.status).toBe(400)
        expect(reused.data.message).toMatch(/already been used/)
        expect((await response(api.post("/store/coupon-marketing/email-verification", {}, shopper))).data.message).toBe("Your email address verify@example.com is already verified.")

        // Expired: a link asked for 25 hours ago (verification_ttl_hours 24 in the test app).
        const old = await service().createEmailVerification({ customer_id: shopper.customerId, email: "verify@example.com" }, new Date(Date.now() - 25 * 3600_000))
        const expired = await response(api.post("/store/coupon-marketing/email-verification/confirm", { token: old.token }, store.headers))
        expect(expired.status).toBe(400)
        expect(expired.data.message).toBe("This verification link has expired. Please ask for a new verification email from your account.")

        const missing = await response(api.post("/store/coupon-marketing/email-verification/confirm", {}, store.headers))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toContain("token")
      })

      it("the emailed key-less page confirms too (a short page to a browser)", async () => {
        const shopper = await loginAsCustomer(api, store, "browser@example.com")
        const token = await verificationToken(shopper)
        const page = await api.get(`/coupon-marketing/email-verification/confirm?token=${encodeURIComponent(token)}`, { headers: { accept: "text/html" }, responseType: "text" })
        expect(page.headers["content-type"]).toContain("text/html")
        expect(String(page.data)).toContain("Your email address is verified")
        const again = await response(api.get(`/coupon-marketing/email-verification/confirm?token=${encodeURIComponent(token)}`, { headers: { accept: "text/html" }, responseType: "text" }))
        expect(again.status).toBe(400)
        expect(String(again.data)).toContain("already been used")
      })

      it("a changed email needs verifying again; the old link does not verify the new address", async () => {
        const shopper = await loginAsCustomer(api, store, "mover@example.com")
        const token = await verificationToken(shopper)
        await api.post("/store/coupon-marketing/email-verification/confirm", { token }, store.headers)
        expect(await service().mayReceive({ id: shopper.customerId, email: "mover@example.com" }, "email")).toBe(true)

        const secondToken = await (async () => {
          const v = await service().createEmailVerification({ customer_id: shopper.customerId, email: "mover@example.com" })
          return v.token as string
        })()
        await getContainer().resolve(Modules.CUSTOMER).updateCustomers(shopper.customerId, { email: "moved@example.com" })
        const prefs = (await api.get("/store/coupon-marketing/me/preferences", shopper)).data.preferences
        expect(prefs).toMatchObject({ email_address: "moved@example.com", email_verified: false, may_receive: { email: false, feed: false } })
        const stale = await response(api.post("/store/coupon-marketing/email-verification/confirm", { token: secondToken }, store.headers))
        expect(stale.status).toBe(400)
        expect(stale.data.message).toMatch(/no longer on your account/)

        const fresh = await verificationToken(shopper)
        expect(provider().sent.filter((m) => m.template === "email-verification").pop()!.to).toBe("moved@example.com")
        await api.post("/store/coupon-marketing/email-verification/confirm", { token: fresh }, store.headers)
        expect((await api.get("/store/coupon-marketing/me/preferences", shopper)).data.preferences.email_verified).toBe(true)
      })

      it("unsubscribe works without login, twice (idempotent), from the email's key-less link and the store route; a forged token is refused", async () => {
        const shopper = await loginAsCustomer(api, store, "leaver@example.com")
        await api.post("/store/coupon-marketing/email-verification/confirm", { token: await verificationToken(shopper) }, store.headers)
        const links = service().messageLinks(shopper.customerId)
        expect(links.unsubscribe_url).toMatch(/^http:\/\/localhost:9000\/coupon-marketing\/unsubscribe\?token=/)
        expect(links.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click")
        const path = new URL(links.unsubscribe_url).pathname + new URL(links.unsubscribe_url).search

        // No publishable key, no login: what an email client sends.
        const first = await api.get(path, { headers: { accept: "application/json" } })
        expect(first.data.unsubscribe).toEqual({ channel: "email", unsubscribed: true, changed: true })
        const second = await api.get(path, { headers: { accept: "text/html" }, responseType: "text" })
        expect(String(second.data)).toContain("You were already unsubscribed")
        const store2 = await api.get(`/store/coupon-marketing/unsubscribe?token=${encodeURIComponent(links.unsubscribe_token)}`, store.headers)
        expect(store2.data.unsubscribe.changed).toBe(false)
        // RFC 8058 one-click: a POST to the header's URL.
        expect((await api.post(path, "List-Unsubscribe=One-Click", { headers: { "content-type": "application/x-www-form-urlencoded" } })).status).toBe(200)

        const prefs = (await api.get("/store/coupon-marketing/me/preferences", shopper)).data.preferences
        expect(prefs).toMatchObject({ email: false, feed: true, may_receive: { email: false, feed: true, push: true } })
        expect(prefs.unsubscribed_at).toBeTruthy()
        // The store route needs Medusa's publishable key like every /store route.
        expect((await response(api.get(`/store/coupon-marketing/unsubscribe?token=${encodeURIComponent(links.unsubscribe_token)}`))).status).toBe(400)

        const forged = await response(api.get(`/coupon-marketing/unsubscribe?token=${encodeURIComponent(links.unsubscribe_token.slice(0, -3) + "xyz")}`, { headers: { accept: "application/json" } }))
        expect(forged.status).toBe(400)
        expect(forged.data.message).toMatch(/This unsubscribe link is not valid/)
        const none = await response(api.get(`/coupon-marketing/unsubscribe`, { headers: { accept: "application/json" } }))
        expect(none.status).toBe(400)
        expect(none.data.message).toContain("token")
        // A verification token is not an unsubscribe token.
        const verifyTok = (await service().createEmailVerification({ customer_id: shopper.customerId, email: "leaver@example.com" })).token
        expect((await response(api.get(`/coupon-marketing/unsubscribe?token=${encodeURIComponent(verifyTok)}`, { headers: { accept: "application/json" } }))).status).toBe(400)
      })
    })

    it("SPEC §8 demo seed: followers over months, verified / unverified / unsubscribed; a second run adds nothing", async () => {
      const { ensureFollowers } = await import("../../../scripts/seed/followers")
      const customerModule = getContainer().resolve(Modules.CUSTOMER)
      const created = await customerModule.createCustomers(Array.from({ length: 31 }, (_, i) => ({ email: `seed-${i + 1}@example.com`, first_name: `Seed${i + 1}`, has_account: true })))
      const customers = created.map((c: any, i: number) => ({ n: i + 1, id: c.id, email: c.email }))
      const logger = { info: () => undefined } as any
      const { Progress } = await import("../../../scripts/seed/context")
      await ensureFollowers({ container: getContainer(), logger, progress: new Progress(logger) }, customers)
      const all = (await api.get("/admin/coupon-marketing/followers", { ...admin, params: { limit: 100 } })).data
      expect(all.count).toBe(30)
      expect(all.followers.filter((f: any) => f.email_verified && f.consent.email)).toHaveLength(18)
      expect(all.followers.filter((f: any) => !f.email_verified)).toHaveLength(6)
      expect(all.followers.filter((f: any) => f.unsubscribed_at && !f.consent.email)).toHaveLength(6)
      const days = all.followers.map((f: any) => new Date(f.followed_at).getTime())
      expect(Math.max(...days) - Math.min(...days)).toBeGreaterThan(120 * 86_400_000)
      const progress = new Progress(logger)
      await ensureFollowers({ container: getContainer(), logger, progress }, customers)
      expect(progress.present).toEqual(["followers"])
      const { rows } = await pg().raw(`select count(*)::int as n from cm_follower`)
      expect(rows[0].n).toBe(31)
    })

    describe("PUSH-12 inbox", () => {
      it("lists the customer's own sent feed messages, newest first, with unread count; read marks only their own", async () => {
        const a = await loginAsCustomer(api, store, "inbox-a@example.com")
        const b = await loginAsCustomer(api, store, "inbox-b@example.com")
        const feed = (who: { customerId: string }, n: number, at: Date) => ({
          key: `inbox-test:${who.customerId}:${n}`, purpose: "inbox_test", channel: "feed", customer_id: who.customerId, to: who.customerId,
          template: "coupon-marketing-test", data: { title: `Message ${n}` }, content: { subject: `Message ${n}`, text: `Body ${n}` }, send_at: at,
        })
        const t0 = Date.now() - 60_000
        await service().enqueueDeliveries([feed(a, 1, new Date(t0)), feed(a, 2, new Date(t0 + 1000)), feed(b, 3, new Date(t0 + 2000))])
        // One queued but not sent yet (due tomorrow): not in the inbox.
        await service().enqueueDeliveries([feed(a, 4, new Date(Date.now() + 86_400_000))])
        const { sendDueDeliveriesWorkflow } = await import("../../../src/workflows/deliveries")
        const { result } = await sendDueDeliveriesWorkflow(getContainer()).run({ input: { purposes: ["inbox_test"] } })
        expect(result.sent).toBe(3)
        // Sent one after another: make their order certain.
        for (const n of [1, 2, 3]) {
          await pg().raw(`update cm_delivery set sent_at = ? where key like ? and status = 'sent'`, [new Date(t0 + n * 1000), `inbox-test:%:${n}`])
        }

        const inboxA = (await api.get("/store/coupon-marketing/me/messages", a)).data
        expect(inboxA).toMatchObject({ count: 2, unread_count: 2, offset: 0, limit: 20 })
        expect(inboxA.messages.map((m: any) => m.title)).toEqual(["Message 2", "Message 1"])
        expect(inboxA.messages[0]).toMatchObject({ text: "Body 2", read_at: null })
        const inboxB = (await api.get("/store/coupon-marketing/me/messages", b)).data
        expect(inboxB.messages.map((m: any) => m.title)).toEqual(["Message 3"])

        // A cannot mark B's message read, nor see it.
        expect((await api.post("/store/coupon-marketing/me/messages/read", { ids: [inboxB.messages[0].id] }, a)).data).toEqual({ marked: 0, unread_count: 2 })
        expect((await api.get("/store/coupon-marketing/me/messages", b)).data.unread_count).toBe(1)
        expect((await api.post("/store/coupon-marketing/me/messages/read", { ids: [inboxA.messages[1].id] }, a)).data).toEqual({ marked: 1, unread_count: 1 })
        const paged = (await api.get("/store/coupon-marketing/me/messages", { ...a, params: { limit: 1, offset: 1 } })).data
        expect(paged).toMatchObject({ count: 2, limit: 1, offset: 1, unread_count: 1 })
        expect(paged.messages[0].read_at).toBeTruthy()
        expect((await api.post("/store/coupon-marketing/me/messages/read", {}, a)).data).toEqual({ marked: 1, unread_count: 0 })

        const bad = await response(api.post("/store/coupon-marketing/me/messages/read", { ids: "all" }, a))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("ids")
        expect((await response(api.get("/store/coupon-marketing/me/messages", { ...a, params: { limit: 0 } }))).data.message).toContain("limit")
        expect((await response(api.get("/store/coupon-marketing/me/messages", store.headers))).status).toBe(401)
      })
    })

    it("PUSH-2 a marketing email sent over real SMTP carries the unsubscribe link and header; the link, followed from the received mail, unsubscribes (GET and one-click POST)", async () => {
      const { SMTPServer } = await import("smtp-server")
      const { simpleParser } = await import("mailparser")
      const { SmtpNotificationService } = await import("../../../src/providers/smtp/service")
      const received: import("mailparser").ParsedMail[] = []
      const server = new SMTPServer({
        disabledCommands: ["STARTTLS", "AUTH"],
        logger: false,
        onData(stream, _session, callback) {
          simpleParser(stream).then((mail) => (received.push(mail), callback())).catch(callback)
        },
      })
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()))
      const port = (server.server.address() as import("node:net").AddressInfo).port
      const smtp = new SmtpNotificationService({}, { channels: ["email"], host: "127.0.0.1", port, from: "Shop <shop@example.com>", timeout_ms: 5000 } as never)
      try {
        const shopper = await loginAsCustomer(api, store, "smtp-leaver@example.com")
        await api.post("/store/coupon-marketing/email-verification/confirm", { token: await verificationToken(shopper) }, store.headers)
        const links = service().messageLinks(shopper.customerId)
        await smtp.send({
          to: "smtp-leaver@example.com",
          channel: "email",
          template: "coupon-push",
          data: {
            store_name: "Sakura Select",
            unsubscribe_url: links.unsubscribe_url,
            coupon: { name: "Winter sale", benefit: "¥500 off", code: "WINTER500" },
          },
        } as never)
        expect(received).toHaveLength(1)
        const mail = received[0]
        expect(mail.subject).toBe("A new shop coupon has been issued!")
        const header = mail.headerLines.find((h) => h.key === "list-unsubscribe")?.line.replace(/\r?\n\s+/g, " ")
        expect(header).toContain(links.unsubscribe_url)
        // The link as the shopper's mail client shows it: from the HTML part, and the same in the text part.
        const href = String(mail.html).match(/href="([^"]*\/coupon-marketing\/unsubscribe\?token=[^"]+)"/)?.[1]?.replace(/&amp;/g, "&")
        expect(href).toBe(links.unsubscribe_url)
        expect(mail.text).toContain(links.unsubscribe_url)
        const url = new URL(href!)
        // Followed with no key and no login (the app listens where the link's host would point).
        const clicked = await api.get(url.pathname + url.search, { headers: { accept: "application/json" } })
        expect(clicked.status).toBe(200)
        expect(clicked.data.unsubscribe).toEqual({ channel: "email", unsubscribed: true, changed: true })
        // RFC 8058 one-click: the mail client POSTs to the header's URL — idempotent.
        const oneClick = await api.post(url.pathname + url.search, "List-Unsubscribe=One-Click", { headers: { accept: "application/json", "content-type": "application/x-www-form-urlencoded" } })
        expect(oneClick.status).toBe(200)
        expect(oneClick.data.unsubscribe.changed).toBe(false)
        const prefs = (await api.get("/store/coupon-marketing/me/preferences", shopper)).data.preferences
        expect(prefs.unsubscribed_at).toBeTruthy()
        expect(prefs).toMatchObject({ email: false, may_receive: { email: false } })
      } finally {
        smtp.close()
        await new Promise<void>((resolve) => server.close(() => resolve()))
      }
    })
  })
}
