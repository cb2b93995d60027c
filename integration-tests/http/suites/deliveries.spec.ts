import type { SuiteContext } from "../../helpers/suite"
import { loginAsAdmin } from "../../helpers/auth"
import { createTestStore, loginAsCustomer, TestStore } from "../../helpers/store"

type ProviderState = {
  sent: Array<{ to: string; channel: string; template: string; data: Record<string, unknown>; content?: { subject?: string; html?: string; text?: string } }>
  attempts: number
  failNext: number
}
/** The test app's `email` provider (integration-tests/app/providers/test-notification). */
const provider = () => (global as unknown as { __couponMarketingTestNotifications: ProviderState }).__couponMarketingTestNotifications

export function deliveriesSuite({ api, getContainer }: SuiteContext) {
  describe("delivery pipeline (exchange reminders)", () => {
    let admin: { headers: Record<string, string> }
    let store: TestStore

    beforeEach(async () => {
      admin = await loginAsAdmin(getContainer(), api)
      store = await createTestStore(getContainer())
      Object.assign(provider(), { sent: [], attempts: 0, failNext: 0 })
    })

    /** A shopper holding an exchanged coupon valid 2 days (reminded 3 days ahead: due now). */
    async function exchanged(email: string) {
      await api.post("/admin/coupon-marketing/budget/deposits", { amount: 100_000, reason: "Budget", currency_code: "jpy" }, admin)
      const { data } = await api.post("/admin/coupon-marketing/exchange-offers", {
        name: "¥55 off ¥299", face_value: 55, threshold: 299, currency_code: "jpy", points_cost: 20, stock: 10, per_customer_limit: 2, valid_days: 2,
      }, admin)
      const shopper = await loginAsCustomer(api, store, email)
      await api.post(`/admin/coupon-marketing/points/${shopper.customerId}/adjustments`, { points: 50, reason: "Gift" }, admin)
      const { data: ex } = await api.post("/store/coupon-marketing/me/points/exchanges", { offer_id: data.exchange_offer.id }, shopper)
      return { shopper, exchange: ex.exchange }
    }

    const deliveriesOf = async (exchangeId: string) =>
      ((await (getContainer().resolve("coupon_marketing") as any).listDeliveries({ resource_id: exchangeId })) as any[])
        .sort((a, b) => a.channel.localeCompare(b.channel))

    it("POINTS-8 an email provider that fails once: the reminder arrives exactly once, on the retry; the feed is not held up", async () => {
      const { shopper, exchange } = await exchanged("retry@example.com")
      const [{ name: storeName }] = await getContainer().resolve("store").listStores({}, { select: ["name"] })
      const { remindExpiringExchanges } = await import("../../../src/jobs/exchange-reminders")
      const { deliverDueMessages } = await import("../../../src/jobs/deliver-messages")
      provider().failNext = 1
      const now = new Date(Date.now() + 3600_000) // an hour ahead: out of reach of the app's own minute job
      expect(await remindExpiringExchanges(getContainer(), now)).toBe(1)

      let [email, feed] = await deliveriesOf(exchange.id)
      expect(feed).toMatchObject({ key: `exchange-reminder:${exchange.id}:feed`, status: "sent", attempts: 1, customer_id: shopper.customerId })
      expect(email).toMatchObject({ key: `exchange-reminder:${exchange.id}:email`, to: "retry@example.com", status: "pending", attempts: 1 })
      expect(email.last_error).toContain("failing this send")
      expect(provider().sent).toHaveLength(0)

      // Not due yet: nothing is sent again.
      await deliverDueMessages(getContainer(), new Date(now.getTime() + 30_000))
      expect(provider().attempts).toBe(1)
      // Due after retry_base_seconds (60): sent once.
      await deliverDueMessages(getContainer(), new Date(now.getTime() + 61_000))
      await deliverDueMessages(getContainer(), new Date(now.getTime() + 3600_000))
      ;[email, feed] = await deliveriesOf(exchange.id)
      expect(email).toMatchObject({ status: "sent", attempts: 2, last_error: null })
      expect(provider().attempts).toBe(2)
      expect(provider().sent).toEqual([
        expect.objectContaining({ to: "retry@example.com", channel: "email", template: "coupon-marketing-exchange-reminder", data: expect.objectContaining({ code: exchange.code, amount: "¥55" }) }),
      ])
      // The email is the plugin's own (React Email), rendered by the pipeline and passed as content:
      // the store's name, the expiry line, the code, in HTML and text.
      const [{ content, data }] = provider().sent
      expect(content?.subject).toBe("Your coupon expires soon")
      expect(data.store_name).toBe(storeName)
      for (const part of [content?.html ?? "", content?.text ?? ""]) {
        expect(part).toContain(storeName)
        expect(part).toContain(exchange.code)
        expect(part).toContain(`Your ¥55 coupon expires on ${data.expires_at}.`)
      }
      expect(content?.html).toMatch(/^<!DOCTYPE html/)
      // The notification the first attempt failed is the one now sent (one record per delivery).
      const notifications = await getContainer().resolve("notification").listNotifications({ receiver_id: shopper.customerId })
      expect(notifications.filter((n: any) => n.channel === "email")).toEqual([expect.objectContaining({ id: email.notification_id, status: "success", idempotency_key: email.id })])
      expect(notifications.filter((n: any) => n.channel === "feed")).toHaveLength(1)
      // The daily job again: the exchange is reminded already.
      expect(await remindExpiringExchanges(getContainer(), new Date())).toBe(0)
      expect(await deliveriesOf(exchange.id)).toHaveLength(2)
    })

    it("the merchant's reminder subject and intro (Coupon settings → Message texts) reach the email, with its tags", async () => {
      await api.post("/admin/coupon-marketing/settings", {
        exchange_reminder_subject: "{{first_name}}, {{indv_coupon_code}} ends soon",
        exchange_reminder_intro: "A reminder from {{store_name}}: use {{indv_coupon_code}} before it expires.",
      }, admin)
      const { exchange } = await exchanged("texts-reminder@example.com")
      const [{ name: storeName }] = await getContainer().resolve("store").listStores({}, { select: ["name"] })
      const { remindExpiringExchanges } = await import("../../../src/jobs/exchange-reminders")
      const { deliverDueMessages } = await import("../../../src/jobs/deliver-messages")
      const now = new Date(Date.now() + 3600_000) // out of reach of the app's own minute job
      expect(await remindExpiringExchanges(getContainer(), now)).toBe(1)
      await deliverDueMessages(getContainer(), now)
      const [mail] = provider().sent
      expect(mail).toMatchObject({ to: "texts-reminder@example.com", template: "coupon-marketing-exchange-reminder" })
      // loginAsCustomer names the shopper "Test".
      expect(mail.content?.subject).toBe(`Test, ${exchange.code} ends soon`)
      for (const part of [mail.content?.html ?? "", mail.content?.text ?? ""]) {
        expect(part).toContain(`A reminder from ${storeName}: use ${exchange.code} before it expires.`)
      }
    })

    it("POINTS-8 a provider failing every time: retried with backoff, failed for good after max_attempts (5), and an event says so", async () => {
      const { exchange } = await exchanged("down@example.com")
      const { enqueueExchangeRemindersWorkflow, sendDueDeliveriesWorkflow } = await import("../../../src/workflows/deliveries")
      provider().failNext = 100
      const events: Array<{ name: string; data: any }> = []
      const bus = getContainer().resolve("event_bus") as any
      for (const name of ["coupon_marketing.delivery_sent", "coupon_marketing.delivery_failed"]) {
        bus.subscribe(name, async (event: any) => { if (event.data?.purpose === "exchange_reminder") events.push({ name, data: event.data }) }, { subscriberId: `deliveries-spec-${name}-${Date.now()}` })
      }
      const now = Date.now() + 3600_000 // out of reach of the app's own minute job
      await enqueueExchangeRemindersWorkflow(getContainer()).run({ input: { now: new Date(now) } })
      // Attempts at 0, +60 s, +120 s, +240 s, +480 s after the one before.
      const waits = [0, 60, 120, 240, 480]
      let at = now
      const results: any[] = []
      for (const w of waits) {
        at += w * 1000
        results.push((await sendDueDeliveriesWorkflow(getContainer()).run({ input: { now: new Date(at - 1000), purposes: ["exchange_reminder"] } })).result)
        results.push((await sendDueDeliveriesWorkflow(getContainer()).run({ input: { now: new Date(at), purposes: ["exchange_reminder"] } })).result)
      }
      const [email, feed] = await deliveriesOf(exchange.id)
      expect(feed).toMatchObject({ status: "sent", attempts: 1 })
      expect(email).toMatchObject({ status: "failed", attempts: 5 })
      expect(provider().attempts).toBe(5)
      expect(results.reduce((n, r) => n + r.failed, 0)).toBe(1)
      expect(results.reduce((n, r) => n + r.retried, 0)).toBe(4)
      const deadline = Date.now() + 10_000
      while (events.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
      expect(events).toEqual(expect.arrayContaining([
        { name: "coupon_marketing.delivery_sent", data: { id: feed.id, purpose: "exchange_reminder", channel: "feed", customer_id: feed.customer_id } },
        { name: "coupon_marketing.delivery_failed", data: expect.objectContaining({ id: email.id, channel: "email", attempts: 5, error: expect.stringContaining("failing this send") }) },
      ]))
      expect(events).toHaveLength(2)
      // Never again.
      await sendDueDeliveriesWorkflow(getContainer()).run({ input: { now: new Date(at + 86_400_000) } })
      expect(provider().attempts).toBe(5)
    })

    it("a channel the store has no provider for is skipped, not retried; queueing a key twice is harmless", async () => {
      const { enqueueDeliveriesWorkflow, sendDueDeliveriesWorkflow } = await import("../../../src/workflows/deliveries")
      // Due in an hour (and sent "an hour from now"), out of reach of the app's own minute job.
      const at = new Date(Date.now() + 3600_000)
      const message = { key: "test:sms:1", purpose: "test", channel: "sms", to: "+81000000000", template: "t", data: { title: "Hi" }, send_at: at }
      const { result: created } = await enqueueDeliveriesWorkflow(getContainer()).run({ input: { deliveries: [message] } })
      const { result: again } = await enqueueDeliveriesWorkflow(getContainer()).run({ input: { deliveries: [message] } })
      expect(created).toHaveLength(1)
      expect(again).toHaveLength(0)
      const { result } = await sendDueDeliveriesWorkflow(getContainer()).run({ input: { now: at, purposes: ["test"] } })
      expect(result).toMatchObject({ claimed: 1, skipped: 1, sent: 0 })
      const [row] = await (getContainer().resolve("coupon_marketing") as any).listDeliveries({ key: "test:sms:1" })
      expect(row).toMatchObject({ status: "skipped", attempts: 1 })
      expect(row.last_error).toContain("Could not find a notification provider for channel: sms")
      const { result: later } = await sendDueDeliveriesWorkflow(getContainer()).run({ input: { now: new Date(at.getTime() + 86_400_000), purposes: ["test"] } })
      expect(later.claimed).toBe(0)
    })

    it("two send runs at once send each delivery once", async () => {
      const { enqueueDeliveriesWorkflow } = await import("../../../src/workflows/deliveries")
      const { deliverDueMessages } = await import("../../../src/jobs/deliver-messages")
      const at = new Date(Date.now() + 3600_000) // out of reach of the app's own minute job
      const deliveries = Array.from({ length: 40 }, (_, i) => ({ key: `test:email:${i}`, purpose: "test", channel: "email", to: `p${i}@example.com`, template: "t", data: { i }, send_at: at }))
      await enqueueDeliveriesWorkflow(getContainer()).run({ input: { deliveries } })
      const runs = await Promise.all([deliverDueMessages(getContainer(), at, { purposes: ["test"] }), deliverDueMessages(getContainer(), at, { purposes: ["test"] })])
      expect(runs[0].sent + runs[1].sent).toBe(40)
      expect(provider().sent).toHaveLength(40)
      expect(new Set(provider().sent.map((s) => s.to)).size).toBe(40)
      const rows = await (getContainer().resolve("coupon_marketing") as any).listDeliveries({ purpose: "test" })
      expect(rows.every((r: any) => r.status === "sent" && r.attempts === 1)).toBe(true)
    })

    it("PUSH-13 a push that grows Medusa's notification table refreshes the planner's statistics of it, once per growth", async () => {
      const { refreshPlannerStatistics } = await import("../../../src/modules/coupon-marketing/repositories/host-tables")
      const pg = getContainer().resolve("__pg_connection__") as { raw: (sql: string, b?: unknown[]) => Promise<{ rows: any[] }> }
      const reltuples = async () => Number((await pg.raw(`select reltuples::float8 as n from pg_class where oid = to_regclass('notification')`)).rows[0].n)
      await pg.raw(`analyze notification`)
      const before = Math.max(0, await reltuples())
      const add = Math.max(1000, before) + 500
      await pg.raw(
        `insert into notification (id, "to", channel, template, status, resource_type)
         select 'noti_stats_' || g, 'stats@example.com', 'feed', 'stats', 'success', 'stats_test' from generate_series(1, ?) g`,
        [add]
      )
      try {
        // Medusa's table statistics reach pg_stat_user_tables within a second or so.
        let analyzed = false
        for (let i = 0; i < 50 && !analyzed; i++) {
          analyzed = await refreshPlannerStatistics(pg as never, "notification")
          if (!analyzed) await new Promise((r) => setTimeout(r, 200))
        }
        expect(analyzed).toBe(true)
        expect(await reltuples()).toBeGreaterThanOrEqual(before + add)
        // Fresh now: the next look leaves the table alone.
        expect(await refreshPlannerStatistics(pg as never, "notification")).toBe(false)
      } finally {
        await pg.raw(`delete from notification where resource_type = 'stats_test'`)
      }
    })
  })
}
