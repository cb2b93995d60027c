import { renderDeliveryEmails, type EmailBatchStats } from "../utils/email-batch"
import { renderDeliveryEmail } from "../utils/email-content"
import { failuresById, isMissingProvider } from "../steps/send-deliveries"

const coupon = { name: "Winter sale", code: null, benefit: "¥500 off", condition: "Eligible total ¥3,000 or more", validity: "2026-12-01 10:00 – 2027-01-31 23:59 (Asia/Tokyo)" }
const context = { storeName: "Sakura Select", timezone: "Asia/Tokyo", texts: null }

function push(i: number, first_name: string | null, extra: Record<string, unknown> = {}) {
  return {
    id: `cmdlv_${i}`,
    template: "coupon-marketing-coupon-push",
    data: {
      first_name,
      unsubscribe_url: `https://shop.example.com/coupon-marketing/unsubscribe?token=tok${i}.sig&c=${i}`,
      headers: { "List-Unsubscribe": `<https://shop.example.com/u?t=${i}>` },
      coupon,
      indv_coupon_code: `K7QF-9X2M-HW${String(i).padStart(2, "0")}`,
      best_items: [{ title: "Matcha set", url: "https://shop.example.com/products/matcha", image_url: null, price: "¥1,980" }],
      banner: null,
      ...extra,
    },
  }
}

describe("renderDeliveryEmails: alike emails rendered once, each exactly as its own render", () => {
  it("a push batch: names, codes and unsubscribe links differ; every email equals renderDeliveryEmail's, from one shared render", async () => {
    const names = ["Hana", "Mio", "O'Brien", "Zoë", "Jean-Luc", "Sora", "Ren", "Aoi", "Kaito", "Yui"]
    const deliveries = names.map((n, i) => push(i, n))
    const stats: EmailBatchStats = { emails: 0, renders: 0, shared: 0, fallbacks: 0 }
    const out = await renderDeliveryEmails(deliveries, context, stats)
    for (const d of deliveries) {
      const truth = await renderDeliveryEmail(d, context)
      const got = out.get(d.id)
      expect(got).not.toBeInstanceOf(Error)
      expect(got).toEqual(truth)
    }
    expect(stats).toMatchObject({ emails: 10, shared: 10, fallbacks: 0 })
    // one shared render and its two checks, instead of ten
    expect(stats.renders).toBe(3)
    // the apostrophe is escaped as React escapes it
    expect((out.get("cmdlv_2") as { content: { html: string } }).content.html).toContain("Hello O&#x27;Brien,")
  })

  it("texts a template might treat specially, and a missing name, are rendered on their own (and still right)", async () => {
    const deliveries = [push(0, "Hana"), push(1, "Mio"), push(2, "Sora"), push(3, "A  <b>bold</b>\nname"), push(4, null)]
    const stats: EmailBatchStats = { emails: 0, renders: 0, shared: 0, fallbacks: 0 }
    const out = await renderDeliveryEmails(deliveries, context, stats)
    for (const d of deliveries) expect(out.get(d.id)).toEqual(await renderDeliveryEmail(d, context))
    expect(stats.shared).toBe(3)
    expect((out.get("cmdlv_3") as { content: { html: string } }).content.html).toContain("&lt;b&gt;bold&lt;/b&gt;")
  })

  it("the merchant's texts with tags ({{first_name}}, {{indv_coupon_code}}) in subject and intro still come out per recipient", async () => {
    const ctx = { ...context, overrides: { subject: "{{first_name}}, a coupon from {{store_name}}", intro: "Your code {{indv_coupon_code}} is waiting." } }
    const deliveries = ["Hana", "Mio", "Sora", "Ren"].map((n, i) => push(i, n))
    const stats: EmailBatchStats = { emails: 0, renders: 0, shared: 0, fallbacks: 0 }
    const out = await renderDeliveryEmails(deliveries, ctx, stats)
    for (const d of deliveries) expect(out.get(d.id)).toEqual(await renderDeliveryEmail(d, ctx))
    expect(stats.shared).toBe(4)
    expect((out.get("cmdlv_1") as { content: { subject: string } }).content.subject).toBe("Mio, a coupon from Sakura Select")
  })

  it("data that does not fit the template is that delivery's error, named; the others are rendered", async () => {
    const bad = push(9, "Bad", { unsubscribe_url: "javascript:alert(1)" })
    const deliveries = [push(0, "Hana"), push(1, "Mio"), push(2, "Sora"), bad]
    const out = await renderDeliveryEmails(deliveries, context)
    expect(out.get(bad.id)).toBeInstanceOf(Error)
    expect((out.get(bad.id) as Error).message).toMatch(/unsubscribe_url/)
    for (const d of deliveries.slice(0, 3)) expect(out.get(d.id)).toEqual(await renderDeliveryEmail(d, context))
  })
})

describe("failuresById: Medusa's joined error of a batch send, per notification", () => {
  it("splits the messages of failed sends by the notification each names; an unnamed one answers for the rest", () => {
    const message = [
      "Failed to send notification with id noti_01AAA:\nSMTP 550 mailbox unavailable",
      "Could not find a notification provider for channel: sms for notification id noti_01BBB",
      "Notification provider np_x is not enabled. To enable it, configure it as a provider in the notification module options.",
    ].join("\n")
    const parts = failuresById(message)
    expect(parts.get("noti_01AAA")).toBe("Failed to send notification with id noti_01AAA:\nSMTP 550 mailbox unavailable")
    expect(parts.get("noti_01BBB")).toBe("Could not find a notification provider for channel: sms for notification id noti_01BBB")
    expect(parts.get("")).toMatch(/^Notification provider np_x is not enabled/)
    expect(failuresById("something else entirely").size).toBe(0)
    // a missing or disabled provider: skipped, not retried — from the part or from an error
    expect(isMissingProvider(parts.get("noti_01BBB"))).toBe(true)
    expect(isMissingProvider(parts.get(""))).toBe(true)
    expect(isMissingProvider(new Error(parts.get("noti_01BBB")))).toBe(true)
    expect(isMissingProvider(parts.get("noti_01AAA"))).toBe(false)
  })
})
