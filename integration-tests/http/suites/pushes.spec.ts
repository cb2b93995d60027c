import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { SuiteContext } from "../../helpers/suite"
import { response } from "../../helpers/suite"
import { loginAsAdmin } from "../../helpers/auth"
import { createTestStore, TestStore } from "../../helpers/store"

type ProviderState = { sent: Array<{ to: string; channel: string; template: string; data: Record<string, any>; content: Record<string, any>; id: string }>; attempts: number; failNext: number }
/** The test app's `email` provider (integration-tests/app/providers/test-notification). */
const provider = () => (global as unknown as { __couponMarketingTestNotifications: ProviderState }).__couponMarketingTestNotifications

type Headers = { headers: Record<string, string> }
const TZ = "Asia/Tokyo" // the test app's store zone
const HOUR = 3600_000
const DAY = 24 * HOUR

/** SPEC §2 coupon pushes (PUSH-3…PUSH-13) over HTTP, in the real app, with the real pipeline. */
export function pushesSuite({ api, getContainer }: SuiteContext) {
  describe("coupon pushes (PUSH-3…PUSH-13)", () => {
    let admin: Headers
    let store: TestStore

    beforeEach(async () => {
      admin = await loginAsAdmin(getContainer(), api)
      store = await createTestStore(getContainer())
      Object.assign(provider(), { sent: [], attempts: 0, failNext: 0 })
    })

    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as { raw: (sql: string, b?: unknown[]) => Promise<{ rows: any[] }> }
    const service = () => getContainer().resolve("coupon_marketing") as any
    const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString()

    /** The offered slots (GET …/slots), flattened. */
    async function slots(type = "advertising") {
      const { data } = await api.get(`/admin/coupon-marketing/pushes/slots?type=${type}`, admin)
      return { data, all: data.slots.flatMap((d: any) => d.times) as { send_at: string; label: string; available: boolean }[] }
    }

    /** Customers with accounts; `verified` ones confirmed their current email (PUSH-2), `prefs` per customer. */
    async function customers(specs: { email: string; verified?: boolean; follow?: boolean; prefs?: Partial<Record<"email" | "feed" | "push", boolean>>; unsubscribed?: boolean }[]) {
      const created = await getContainer().resolve(Modules.CUSTOMER).createCustomers(specs.map((s) => ({ email: s.email, first_name: s.email.split("@")[0], last_name: "Test", has_account: true })))
      for (const [i, s] of specs.entries()) {
        const c = created[i]
        if (s.follow !== false) await service().followStore(c.id, new Date(Date.now() - DAY))
        if (s.verified || s.prefs || s.unsubscribed) {
          await pg().raw(
            `insert into cm_message_preference (id, customer_id, email, feed, push, email_verified_at, email_verified_address, unsubscribed_at)
             values (?, ?, ?, ?, ?, ?, ?, ?)`,
            [`cmpref_${c.id}`, c.id, s.prefs?.email ?? true, s.prefs?.feed ?? true, s.prefs?.push ?? true, s.verified ? new Date(Date.now() - DAY) : null, s.verified ? s.email : null, s.unsubscribed ? new Date() : null]
          )
        }
      }
      return created as { id: string; email: string }[]
    }

    async function fixedCoupon(over: Record<string, unknown> = {}) {
      return (await api.post("/admin/coupon-marketing/coupons", {
        name: "Winter ¥500 off", audience: "anyone", code_mode: "fixed", code: `PUSH${Math.floor(Math.random() * 1e6)}`, validity_type: "window", starts_at: inHours(2),
        ends_at: inHours(24 * 20), benefit_type: "fixed_amount", benefit_value: 500, currency_code: "jpy", condition_type: "none", category_ids: [], ...over,
      }, admin)).data.coupon
    }
    async function individualCoupon(over: Record<string, unknown> = {}) {
      return (await api.post("/admin/coupon-marketing/coupons", {
        name: "Members ¥300 off", audience: "all_customers", code_mode: "individual", validity_type: "relative", valid_days: 7,
        benefit_type: "fixed_amount", benefit_value: 300, currency_code: "jpy", condition_type: "none", category_ids: [], ...over,
      }, admin)).data.coupon
    }

    const body = (couponId: string, sendAt: string, over: Record<string, unknown> = {}) => ({
      type: "advertising", coupon_id: couponId, audience: { kind: "followers" }, best_items: { mode: "auto", count: 4 }, send_at: sendAt, ...over,
    })

    async function dispatch(at: Date, pageSize?: number) {
      const { dispatchDuePushes } = await import("../../../src/jobs/dispatch-pushes")
      return await dispatchDuePushes(getContainer(), at, pageSize ? { page_size: pageSize } : {})
    }
    async function deliver(at: Date, pushId: string) {
      const { deliverDueMessages } = await import("../../../src/jobs/deliver-messages")
      return await deliverDueMessages(getContainer(), at, { purposes: [`push:${pushId}`] })
    }

    describe("PUSH-7 slots, PUSH-8 quota, PUSH-10 cancel", () => {
      it("PUSH-7 slots: tomorrow to 3 days ahead, 10:00–22:00 every 30 minutes in the store zone; other times refused in store words", async () => {
        const { data, all } = await slots()
        expect(data.timezone).toBe(TZ)
        expect(data.slots).toHaveLength(3)
        expect(all).toHaveLength(75)
        expect(data.slots[0].times.map((t: any) => t.label).slice(0, 3)).toEqual(["10:00", "10:30", "11:00"])
        expect(data.slots[0].date_label).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}$/)
        expect(all.every((t) => t.available)).toBe(true)
        expect(data.quota).toEqual({ blocked_by: null, next_free_label: null })

        const coupon = await fixedCoupon()
        const off = new Date(new Date(all[0].send_at).getTime() + 15 * 60_000).toISOString()
        const refused = await response(api.post("/admin/coupon-marketing/pushes", body(coupon.id, off), admin))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^send_at: A push can be sent from tomorrow to 3 days ahead, between 10:00 and 22:00/)
        expect(refused.data.message).toContain(`(${TZ})`)
        expect(refused.data.message).not.toMatch(/\d{4}-\d{2}-\d{2}T/)
        const past = await response(api.post("/admin/coupon-marketing/pushes", body(coupon.id, inHours(1)), admin))
        expect(past.status).toBe(400)
      })

      it("PUSH-8 one advertising/compensation push per rolling 7 days: the refusal names the push and the next free time; cancelled ones don't count; direct is not in the quota", async () => {
        const coupon = await fixedCoupon({ name: "Quota coupon" })
        const { all } = await slots()
        const last = all[all.length - 1].send_at // +3 days 22:00: still cancellable
        const first = (await api.post("/admin/coupon-marketing/pushes", body(coupon.id, last), admin)).data.push
        expect(first).toMatchObject({ type: "advertising", status: "scheduled", cancellable: true, recipients: 0, coupon: { id: coupon.id, name: "Quota coupon", benefit_label: "¥500 off" } })
        expect(first.send_at_label).toMatch(/, 22:00 \(Asia\/Tokyo\)$/)

        const second = await response(api.post("/admin/coupon-marketing/pushes", body(coupon.id, all[0].send_at), admin))
        expect(second.status).toBe(400)
        expect(second.data.message).toMatch(/^send_at: Only one advertising or compensation push can be sent in any 7 days/)
        expect(second.data.message).toContain(`push "Quota coupon" is scheduled for ${first.send_at_label}`)
        const free = new Date(new Date(last).getTime() + 7 * DAY)
        expect(second.data.message).toMatch(/The next free time is \w{3} \d{1,2} \w{3} \d{4}, 22:00 \(Asia\/Tokyo\) or later\./)
        expect(second.data.message).not.toMatch(/\d{4}-\d{2}-\d{2}T/)
        expect(free.getTime()).toBeGreaterThan(Date.now())

        const compensation = await response(api.post("/admin/coupon-marketing/pushes", body(coupon.id, all[1].send_at, { type: "compensation", audience: { kind: "orders", order_ids: ["order_x"] } }), admin))
        expect(compensation.status).toBe(400) // no such order (and the quota would refuse it too)

        const view = await slots()
        expect(view.all.every((t) => !t.available)).toBe(true)
        expect(view.data.quota.blocked_by).toEqual({ id: first.id, send_at_label: first.send_at_label })
        expect(view.data.quota.next_free_label).toMatch(/22:00 \(Asia\/Tokyo\)$/)
        expect((await slots("direct")).all.every((t) => t.available)).toBe(true)

        const [member] = await customers([{ email: "direct-quota@example.com", verified: true }])
        const direct = await response(api.post("/admin/coupon-marketing/pushes", body(coupon.id, all[0].send_at, { type: "direct", audience: { kind: "customers", customer_ids: [member.id] } }), admin))
        expect(direct.status).toBe(201)

        expect((await api.post(`/admin/coupon-marketing/pushes/${first.id}/cancel`, {}, admin)).data.push).toMatchObject({ status: "cancelled", cancellable: false })
        const afterCancel = await response(api.post("/admin/coupon-marketing/pushes", body(coupon.id, all[0].send_at), admin))
        expect(afterCancel.status).toBe(201)
      })

      it("PUSH-10 cancel until 24 h before the send; after, refused saying when it closed (store time)", async () => {
        const coupon = await fixedCoupon()
        const { all } = await slots()
        const push = (await api.post("/admin/coupon-marketing/pushes", body(coupon.id, all[all.length - 1].send_at), admin)).data.push
        expect(new Date(push.cancellable_until).getTime()).toBe(new Date(push.send_at).getTime() - DAY)
        // The send comes closer than 24 h (as time passes): cancelling has closed.
        await pg().raw(`update cm_push set send_at = now() + interval '3 hours' where id = ?`, [push.id])
        const refused = await response(api.post(`/admin/coupon-marketing/pushes/${push.id}/cancel`, {}, admin))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^This push can no longer be cancelled: cancelling closed on \w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2} \(Asia\/Tokyo\), 24 hours before its send time/)
        expect((await api.get(`/admin/coupon-marketing/pushes/${push.id}`, admin)).data.push).toMatchObject({ status: "scheduled", cancellable: false })
        expect((await response(api.post(`/admin/coupon-marketing/pushes/cpush_missing/cancel`, {}, admin))).status).toBe(404)
      })
    })

    describe("PUSH-3 audiences, PUSH-4 coupons, PUSH-9 preview", () => {
      it("PUSH-3 advertising audience: live count after consent, the others excluded by reason; follow-date range", async () => {
        await customers([
          { email: "ok@example.com", verified: true },
          { email: "noemail@example.com", verified: true, prefs: { email: false } }, // still feed and push
          { email: "unverified@example.com" },
          { email: "optedout@example.com", verified: true, prefs: { email: false, feed: false, push: false } },
          { email: "unsub@example.com", verified: true, prefs: { email: false, feed: false, push: false }, unsubscribed: true },
          { email: "notfollowing@example.com", verified: true, follow: false },
        ])
        const counted = (await api.post("/admin/coupon-marketing/pushes/audience", { type: "advertising", audience: { kind: "followers" } }, admin)).data
        expect(counted).toEqual({ count: 2, excluded: { not_verified: 1, opted_out: 1, unsubscribed: 1 } })
        const emailOnly = (await api.post("/admin/coupon-marketing/pushes/audience", { type: "advertising", audience: { kind: "followers" }, channels: ["email"] }, admin)).data
        expect(emailOnly).toEqual({ count: 1, excluded: { not_verified: 1, opted_out: 2, unsubscribed: 1 } })
        const tomorrowOn = new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10)
        const none = (await api.post("/admin/coupon-marketing/pushes/audience", { type: "advertising", audience: { kind: "followers", followed_from: tomorrowOn } }, admin)).data
        expect(none.count).toBe(0)

        const wrongKind = await response(api.post("/admin/coupon-marketing/pushes/audience", { type: "advertising", audience: { kind: "orders", order_ids: ["o"] } }, admin))
        expect(wrongKind.status).toBe(400)
        expect(wrongKind.data.message).toContain("audience")
        const badDate = await response(api.post("/admin/coupon-marketing/pushes/audience", { type: "advertising", audience: { kind: "followers", followed_from: "2026-02-30" } }, admin))
        expect(badDate.status).toBe(400)
        expect(badDate.data.message).toContain("followed_from")
      })

      it("PUSH-4 coupons: only scheduled or active plugin coupons; a segment coupon refuses customers outside its group; PUSH-5 best items 4–16", async () => {
        const fixed = await fixedCoupon({ name: "Eligible" })
        const ended = await fixedCoupon({ name: "Soon over" })
        await service().updateCoupons({ id: ended.id, starts_at: new Date(Date.now() - 2 * DAY), ends_at: new Date(Date.now() - HOUR) })
        const list = (await api.get("/admin/coupon-marketing/pushes/coupons", admin)).data.coupons
        expect(list.map((c: any) => c.name)).toContain("Eligible")
        expect(list.map((c: any) => c.name)).not.toContain("Soon over")
        expect(list.find((c: any) => c.id === fixed.id)).toMatchObject({ benefit_label: "¥500 off", status: "scheduled", code_type: "fixed" })

        const { all } = await slots()
        const refusedEnded = await response(api.post("/admin/coupon-marketing/pushes", body(ended.id, all[0].send_at), admin))
        expect(refusedEnded.status).toBe(400)
        expect(refusedEnded.data.message).toMatch(/^coupon_id: The coupon "Soon over" has ended/)

        const [group] = await getContainer().resolve(Modules.CUSTOMER).createCustomerGroups([{ name: "VIP" }])
        const segment = await individualCoupon({ name: "VIP only", audience: "segment", customer_group_id: group.id })
        const [outsider] = await customers([{ email: "outsider@example.com", verified: true }])
        const refusedSegment = await response(api.post("/admin/coupon-marketing/pushes", body(segment.id, all[0].send_at, { type: "direct", audience: { kind: "customers", customer_ids: [outsider.id] } }), admin))
        expect(refusedSegment.status).toBe(400)
        expect(refusedSegment.data.message).toMatch(/^audience: None of these customers may use the coupon "VIP only"/)

        for (const best of [{ mode: "auto", count: 3 }, { mode: "auto", count: 17 }, { mode: "manual", product_ids: Array(17).fill("prod_x") }]) {
          const bad = await response(api.post("/admin/coupon-marketing/pushes", body(fixed.id, all[0].send_at, { best_items: best }), admin))
          expect(bad.status).toBe(400)
          expect(bad.data.message).toContain("best_items")
        }
        const unknown = await response(api.post("/admin/coupon-marketing/pushes", body(fixed.id, all[0].send_at, { best_items: { mode: "manual", product_ids: ["prod_missing"] } }), admin))
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toMatch(/^best_items: These products do not exist: prod_missing/)
        const missingType = await response(api.post("/admin/coupon-marketing/pushes", { coupon_id: fixed.id }, admin))
        expect(missingType.status).toBe(400)
        expect(missingType.data.message).toContain("type")
      })

      it("PUSH-9 preview: the exact email (subject, HTML with the unsubscribe link, PUSH-6 banner and its link), in-app and push texts for a sample recipient (PUSH-12 texts)", async () => {
        await customers([{ email: "hanako@example.com", verified: true }])
        const coupon = await fixedCoupon({ name: "Preview coupon" })
        const products = Object.values(store.products).slice(0, 2)
        const preview = (await api.post("/admin/coupon-marketing/pushes/preview", {
          type: "advertising", coupon_id: coupon.id, audience: { kind: "followers" }, best_items: { mode: "manual", product_ids: products },
          banner: { url: "https://cdn.example.com/banner.png", link_url: "https://shop.example.com/sale" },
        }, admin)).data
        expect(preview.recipient).toEqual({ name: "hanako Test", email: "hanako@example.com" })
        expect(preview.email.subject).toBe("A new shop coupon has been issued!")
        expect(preview.email.html).toContain("Preview coupon")
        expect(preview.email.html).toContain("¥500 off")
        expect(preview.email.html).toContain(coupon.code)
        expect(preview.email.html).toContain("https://cdn.example.com/banner.png")
        expect(preview.email.html).toContain("https://shop.example.com/sale")
        expect(preview.email.html).toMatch(/coupon-marketing\/unsubscribe\?token=/)
        expect(preview.email.text).toContain("Preview coupon")
        expect(preview.feed.title).toBe("A new shop coupon has been issued!")
        expect(preview.feed.body).toContain("¥500 off: Preview coupon.")
        expect(preview.push).toEqual({ text: "[Coupon] A new shop coupon has been issued." })
        expect((await pg().raw(`select count(*)::int as n from cm_push`)).rows[0].n).toBe(0)

        // The merchant's saved subject and intro (settings page) are in the preview, as in the email sent.
        await api.post("/admin/coupon-marketing/settings", { coupon_push_subject: "{{store_name}} has a coupon for {{first_name}}", coupon_push_intro: "Only for our followers." }, admin)
        try {
          const own = (await api.post("/admin/coupon-marketing/pushes/preview", {
            type: "advertising", coupon_id: coupon.id, audience: { kind: "followers" }, best_items: { mode: "manual", product_ids: products },
          }, admin)).data
          expect(own.email.subject).toMatch(/ has a coupon for hanako$/)
          expect(own.email.text).toContain("Only for our followers.")
        } finally {
          await api.post("/admin/coupon-marketing/settings", { coupon_push_subject: "", coupon_push_intro: "" }, admin)
        }
      })
    })

    describe("PUSH-3 compensation orders", () => {
      async function orders(n: number) {
        const [buyer] = await customers([{ email: "buyer@example.com", verified: true, follow: false }])
        const orderModule = getContainer().resolve(Modules.ORDER)
        const productId = Object.values(store.products)[0]
        const created = []
        for (let i = 0; i < n; i++) {
          created.push(await orderModule.createOrders({
            currency_code: "jpy", email: buyer.email, customer_id: buyer.id, region_id: store.regionId, status: "pending",
            items: [{ title: "Tea", quantity: 2, unit_price: 1000, product_id: productId }],
          } as never))
        }
        return { buyer, orders: created as any[] }
      }

      it("CSV upload, XLSX upload and pasted text: each row resolved by order number; unknown, duplicate and bad rows listed by row", async () => {
        const { buyer, orders: [a, b] } = await orders(2)
        const csv = `order_number\n#${a.display_id}\n${b.display_id}\n999999\n${a.display_id}\nabc\n`
        const form = new FormData()
        form.append("file", new Blob([csv], { type: "text/csv" }), "orders.csv")
        const fromCsv = (await api.post("/admin/coupon-marketing/pushes/compensation-orders", form, admin)).data
        expect(fromCsv.orders).toEqual([
          { row: 2, value: `#${a.display_id}`, order_id: a.id, display_id: a.display_id, customer_id: buyer.id, customer_name: "buyer Test", email: "buyer@example.com", total_label: expect.stringMatching(/^¥/) },
          expect.objectContaining({ row: 3, order_id: b.id, display_id: b.display_id }),
        ])
        expect(fromCsv.errors).toEqual([
          { row: 4, value: "999999", reason: "No order with the number 999999" },
          { row: 5, value: String(a.display_id), reason: `Duplicate: order ${a.display_id} is already on row 2` },
          { row: 6, value: "abc", reason: expect.stringMatching(/^Not an order number/) },
        ])

        const ExcelJS = (await import("exceljs")).default
        const wb = new ExcelJS.Workbook()
        const sheet = wb.addWorksheet("Orders")
        sheet.addRow(["order_number"])
        sheet.addRow([b.display_id])
        sheet.addRow(["nope"])
        sheet.addRow([a.display_id])
        const xlsx = Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer)
        const form2 = new FormData()
        form2.append("file", new Blob([xlsx], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }), "orders.xlsx")
        const fromXlsx = (await api.post("/admin/coupon-marketing/pushes/compensation-orders", form2, admin)).data
        expect(fromXlsx.orders.map((o: any) => [o.row, o.order_id])).toEqual([[2, b.id], [4, a.id]])
        expect(fromXlsx.errors).toEqual([{ row: 3, value: "nope", reason: expect.stringMatching(/^Not an order number/) }])

        const pasted = (await api.post("/admin/coupon-marketing/pushes/compensation-orders", { text: `${a.display_id}\n\n#${b.display_id}` }, admin)).data
        expect(pasted.orders.map((o: any) => o.row)).toEqual([1, 3])

        const wrongFile = new FormData()
        wrongFile.append("file", new Blob(["hello"], { type: "application/pdf" }), "orders.pdf")
        const refused = await response(api.post("/admin/coupon-marketing/pushes/compensation-orders", wrongFile, admin))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^file: /)
        const badXlsx = new FormData()
        badXlsx.append("file", new Blob(["not a zip"]), "orders.xlsx")
        expect((await response(api.post("/admin/coupon-marketing/pushes/compensation-orders", badXlsx, admin))).status).toBe(400)

        const csvTemplate = await api.get("/admin/coupon-marketing/pushes/compensation-orders/template.csv", admin)
        expect(csvTemplate.headers["content-type"]).toMatch(/text\/csv/)
        expect(String(csvTemplate.data).split(/\r?\n/)[0]).toBe("order_number")
        const xlsxTemplate = await api.get("/admin/coupon-marketing/pushes/compensation-orders/template.xlsx", { ...admin, responseType: "arraybuffer" })
        const read = new ExcelJS.Workbook()
        await read.xlsx.load(xlsxTemplate.data)
        expect(read.worksheets[0].getRow(1).getCell(1).value).toBe("order_number")

        // The resolved orders make a compensation push to their customer (PUSH-3), best items automatic from sales (PUSH-5).
        const coupon = await fixedCoupon({ name: "Sorry coupon" })
        const { all } = await slots()
        const push = (await api.post("/admin/coupon-marketing/pushes", body(coupon.id, all[all.length - 1].send_at, { type: "compensation", audience: { kind: "orders", order_ids: [a.id, b.id] }, channels: ["email"] }), admin)).data.push
        expect(push).toMatchObject({ type: "compensation", audience: { kind: "orders", order_ids: [a.id, b.id] }, channels: ["email"] })
        const preview = (await api.post("/admin/coupon-marketing/pushes/preview", { ...body(coupon.id, all[0].send_at), type: "compensation", audience: { kind: "orders", order_ids: [a.id] } }, admin)).data
        expect(preview.recipient.email).toBe("buyer@example.com")
        const top = await getContainer().resolve(Modules.PRODUCT).retrieveProduct(Object.values(store.products)[0])
        expect(preview.email.html).toContain(`>${top.title}</p>`) // the store's top seller of the last 30 days (PUSH-5 auto)
      })
    })

    describe("PUSH-12/13 delivery", () => {
      it("a push sent end-to-end to followers on email and feed with their own codes; consent per channel; counts, progress, records", async () => {
        const people = await customers([
          { email: "a@example.com", verified: true },
          { email: "b@example.com", verified: true },
          { email: "c@example.com", verified: true, prefs: { email: false } },
          { email: "d@example.com" }, // not verified: nothing
        ])
        const coupon = await individualCoupon()
        const { all } = await slots()
        const push = (await api.post("/admin/coupon-marketing/pushes", body(coupon.id, all[0].send_at, { channels: ["email", "feed"] }), admin)).data.push
        const sendAt = new Date(push.send_at)

        expect((await dispatch(new Date(sendAt.getTime() - 60_000))).resolved).toEqual([]) // not due yet
        const at = new Date(sendAt.getTime() + 30_000)
        await dispatch(at)
        let view = (await api.get(`/admin/coupon-marketing/pushes/${push.id}`, admin)).data.push
        expect(view).toMatchObject({ status: "sending", recipients: 3, counts: { email: { queued: 2, sent: 0, failed: 0, skipped: 2 }, feed: { queued: 3, sent: 0, failed: 0, skipped: 1 } } })
        expect(view.progress).toEqual({ done: 3, total: 8 })

        await deliver(at, push.id)
        await dispatch(new Date(at.getTime() + 1000))
        view = (await api.get(`/admin/coupon-marketing/pushes/${push.id}`, admin)).data.push
        expect(view).toMatchObject({ status: "sent", recipients: 3, counts: { email: { queued: 0, sent: 2, failed: 0, skipped: 2 }, feed: { queued: 0, sent: 3, failed: 0, skipped: 1 }, push: { queued: 0, sent: 0, failed: 0, skipped: 0 } } })
        expect(view.progress).toEqual({ done: 8, total: 8 })
        expect(view.sent_at).toBeTruthy()

        // Each recipient got their own code, issued at the send: relative validity from the send (PUSH-4).
        const codes = (await pg().raw(`select customer_id, code, expires_at, source, source_id from cm_coupon_code where coupon_id = ? order by customer_id`, [coupon.id])).rows
        expect(codes).toHaveLength(3)
        expect(codes.every((c) => c.source === "push" && c.source_id === push.id)).toBe(true)
        expect(new Set(codes.map((c) => c.code)).size).toBe(3)
        for (const c of codes) {
          const days = (new Date(c.expires_at).getTime() - at.getTime()) / DAY
          expect(days).toBeGreaterThan(6)
          expect(days).toBeLessThanOrEqual(8)
        }
        const emails = provider().sent.filter((m) => m.channel === "email")
        expect(emails.map((m) => m.to).sort()).toEqual(["a@example.com", "b@example.com"])
        for (const m of emails) {
          expect(m.content.subject).toBe("A new shop coupon has been issued!")
          const own = codes.find((c) => c.customer_id === people.find((p) => p.email === m.to)!.id)!
          expect(m.data.indv_coupon_code.replace(/-/g, "")).toBe(own.code)
          expect(m.content.html).toContain(m.data.indv_coupon_code)
          expect(m.data.unsubscribe_url).toMatch(/coupon-marketing\/unsubscribe\?token=/)
          expect(m.data.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click")
        }
        const feed = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ channel: "feed", resource_id: push.id } as never)
        expect(feed.map((n: any) => n.to).sort()).toEqual([people[0].id, people[1].id, people[2].id].sort())
        expect(feed.every((n: any) => n.data.title === "A new shop coupon has been issued!")).toBe(true)

        // PUSH-11 records: the list with filters, and the pushes a customer received.
        const list = (await api.get("/admin/coupon-marketing/pushes?status=sent&type=advertising", admin)).data
        expect(list).toMatchObject({ count: 1, offset: 0, limit: 20 })
        expect(list.pushes[0]).toMatchObject({ id: push.id, recipients: 3 })
        expect((await api.get(`/admin/coupon-marketing/pushes?customer_id=${people[2].id}`, admin)).data.count).toBe(1)
        expect((await api.get(`/admin/coupon-marketing/pushes?customer_id=${people[3].id}`, admin)).data.count).toBe(0)
        expect((await api.get(`/admin/coupon-marketing/pushes?status=scheduled`, admin)).data.count).toBe(0)
        const badFilter = await response(api.get(`/admin/coupon-marketing/pushes?status=done`, admin))
        expect(badFilter.status).toBe(400)
        expect(badFilter.data.message).toContain("status")
        // sent: no cancel
        expect((await response(api.post(`/admin/coupon-marketing/pushes/${push.id}/cancel`, {}, admin))).status).toBe(400)
      })

      it("PUSH-13 one provider failing does not stop the other channels; failures retried with backoff, then counted failed", async () => {
        await customers([{ email: "x@example.com", verified: true }, { email: "y@example.com", verified: true }, { email: "z@example.com", verified: true }])
        const coupon = await fixedCoupon()
        const { all } = await slots()
        const push = (await api.post("/admin/coupon-marketing/pushes", body(coupon.id, all[0].send_at, { channels: ["email", "feed"] }), admin)).data.push
        const at = new Date(new Date(push.send_at).getTime() + 1000)
        await dispatch(at)
        provider().failNext = 1000
        await deliver(at, push.id)
        let view = (await api.get(`/admin/coupon-marketing/pushes/${push.id}`, admin)).data.push
        expect(view.counts.feed).toEqual({ queued: 0, sent: 3, failed: 0, skipped: 0 })
        expect(view.counts.email).toEqual({ queued: 3, sent: 0, failed: 0, skipped: 0 })
        expect(view.status).toBe("sending")
        const { rows } = await pg().raw(`select attempts, next_attempt_at from cm_delivery where resource_id = ? and channel = 'email'`, [push.id])
        expect(rows.every((r) => r.attempts === 1 && new Date(r.next_attempt_at).getTime() >= at.getTime() + 60_000)).toBe(true)
        for (let i = 1; i <= 6; i++) await deliver(new Date(at.getTime() + i * DAY), push.id)
        await dispatch(new Date(at.getTime() + 7 * DAY))
        view = (await api.get(`/admin/coupon-marketing/pushes/${push.id}`, admin)).data.push
        expect(view.counts.email).toEqual({ queued: 0, sent: 0, failed: 3, skipped: 0 })
        expect(view.status).toBe("sent") // the feed went out
        expect(provider().attempts).toBe(15) // 3 deliveries × 5 attempts
      })

      it("PUSH-13 exactly once: dispatchers at once (one resolves, the others skip), twice, and a resolution restarted from scratch write each delivery once; senders at once send each once", async () => {
        const people = await customers(Array.from({ length: 7 }, (_, i) => ({ email: `once${i}@example.com`, verified: true })))
        const coupon = await individualCoupon()
        const { all } = await slots()
        const push = (await api.post("/admin/coupon-marketing/pushes", body(coupon.id, all[0].send_at, { channels: ["email", "feed"] }), admin)).data.push
        const at = new Date(new Date(push.send_at).getTime() + 1000)
        // One dispatcher at a time resolves a push: while another holds its lock, a run skips it.
        const { withPushDispatchLock } = await import("../../../src/workflows/pushes/utils/dispatch-lock")
        const meanwhile = await withPushDispatchLock(getContainer(), push.id, () => dispatch(at, 2))
        expect(meanwhile?.resolved).toEqual([])
        expect((await pg().raw(`select count(*)::int as n from cm_delivery where resource_id = ?`, [push.id])).rows[0].n).toBe(0)
        await Promise.all([dispatch(at, 2), dispatch(at, 2), dispatch(at, 3)])
        await dispatch(at, 2)
        const count = async () => (await pg().raw(`select count(*)::int as n, count(distinct key)::int as keys from cm_delivery where resource_id = ?`, [push.id])).rows[0]
        expect(await count()).toEqual({ n: 14, keys: 14 })
        // As if the dispatcher died before recording its progress: the next run goes over every page again.
        await pg().raw(`update cm_push set resolved_at = null, resolve_cursor = null, recipients = 0, excluded = null where id = ?`, [push.id])
        await dispatch(at, 3)
        expect(await count()).toEqual({ n: 14, keys: 14 })
        const codes = (await pg().raw(`select customer_id, count(*)::int as n from cm_coupon_code where coupon_id = ? group by customer_id`, [coupon.id])).rows
        expect(codes).toHaveLength(7)
        expect(codes.every((c) => c.n === 1)).toBe(true)

        await Promise.all([deliver(at, push.id), deliver(at, push.id), deliver(at, push.id)])
        const emails = provider().sent.filter((m) => m.channel === "email")
        expect(emails).toHaveLength(7)
        expect(new Set(emails.map((m) => m.to)).size).toBe(7)
        await dispatch(new Date(at.getTime() + 1000))
        const view = (await api.get(`/admin/coupon-marketing/pushes/${push.id}`, admin)).data.push
        expect(view).toMatchObject({ status: "sent", recipients: 7, counts: { email: { sent: 7, queued: 0 }, feed: { sent: 7, queued: 0 } } })
        expect(people).toHaveLength(7)
      })

      it("PUSH-2 at send time: a recipient who unsubscribes after the push was queued is skipped, not sent", async () => {
        const [stay, leave] = await customers([{ email: "stay@example.com", verified: true }, { email: "leave@example.com", verified: true }])
        const coupon = await fixedCoupon()
        const { all } = await slots()
        const push = (await api.post("/admin/coupon-marketing/pushes", body(coupon.id, all[0].send_at, { channels: ["email"] }), admin)).data.push
        const at = new Date(new Date(push.send_at).getTime() + 1000)
        await dispatch(at)
        // The emailed one-click link, followed before the pipeline sends.
        const { unsubscribe_token } = service().messageLinks(leave.id, "email")
        expect((await api.get(`/store/coupon-marketing/unsubscribe?token=${encodeURIComponent(unsubscribe_token)}`, store.headers)).status).toBe(200)
        await deliver(at, push.id)
        await dispatch(new Date(at.getTime() + 1000))
        expect(provider().sent.map((m) => m.to)).toEqual([stay.email])
        expect((await api.get(`/admin/coupon-marketing/pushes/${push.id}`, admin)).data.push).toMatchObject({ status: "sent", counts: { email: { sent: 1, skipped: 1, queued: 0 } } })
      })

      it("a cancelled push is never sent; a push whose every delivery failed is failed", async () => {
        await customers([{ email: "solo@example.com", verified: true }])
        const coupon = await fixedCoupon()
        const { all } = await slots()
        const cancelled = (await api.post("/admin/coupon-marketing/pushes", body(coupon.id, all[all.length - 1].send_at, { channels: ["email"] }), admin)).data.push
        await api.post(`/admin/coupon-marketing/pushes/${cancelled.id}/cancel`, {}, admin)
        const later = new Date(new Date(cancelled.send_at).getTime() + HOUR)
        await dispatch(later)
        expect((await pg().raw(`select count(*)::int as n from cm_delivery where resource_id = ?`, [cancelled.id])).rows[0].n).toBe(0)

        const doomed = (await api.post("/admin/coupon-marketing/pushes", body(coupon.id, all[0].send_at, { channels: ["email"], type: "direct", audience: { kind: "customers", customer_group_id: undefined, customer_ids: (await pg().raw(`select id from customer where email = 'solo@example.com'`)).rows.map((r) => r.id) } }), admin)).data.push
        const at = new Date(new Date(doomed.send_at).getTime() + 1000)
        await dispatch(at)
        provider().failNext = 1000
        for (let i = 0; i < 6; i++) await deliver(new Date(at.getTime() + i * DAY), doomed.id)
        await dispatch(new Date(at.getTime() + 7 * DAY))
        expect((await api.get(`/admin/coupon-marketing/pushes/${doomed.id}`, admin)).data.push).toMatchObject({ status: "failed", counts: { email: { failed: 1 } } })
      })
    })

    it("SPEC §8 demo seed (Step 7 item 9): one push sent with its deliveries, one direct push scheduled; the weekly quota left free; a second run adds nothing", async () => {
      const { Progress } = await import("../../../scripts/seed/context")
      const { ensureCustomers, ensureVipGroup } = await import("../../../scripts/seed/customers")
      const { ensureCoupons } = await import("../../../scripts/seed/coupons")
      const { ensureFollowers } = await import("../../../scripts/seed/followers")
      const { ensurePushes } = await import("../../../scripts/seed/pushes")
      const logger = { info: () => undefined, warn: () => undefined, error: () => undefined } as any
      const ctx = () => ({ container: getContainer(), logger, progress: new Progress(logger) })
      const customers = await ensureCustomers(ctx())
      await ensureVipGroup(ctx(), customers)
      const coupons = await ensureCoupons(ctx())
      await ensureFollowers(ctx(), customers)
      await ensurePushes(ctx(), coupons)

      const list = (await api.get("/admin/coupon-marketing/pushes", admin)).data
      expect(list.count).toBe(2)
      const sent = list.pushes.find((p: any) => p.status === "sent")
      const scheduled = list.pushes.find((p: any) => p.status === "scheduled")
      // Followers 1–18 verified and consenting (email + feed), 25–30 unsubscribed from email (feed only), 19–24 never verified;
      // 29 and 30 followed after the send (11 days ago), whatever the hour of this run.
      expect(sent).toMatchObject({ type: "advertising", coupon: { id: coupons.welcome!.id }, channels: ["email", "feed"], recipients: 22,
        counts: { email: { queued: 0, sent: 18, failed: 0 }, feed: { queued: 0, sent: 22, failed: 0 } } })
      expect(new Date(sent.sent_at).getTime()).toBeLessThan(Date.now() - 8 * DAY)
      expect(scheduled).toMatchObject({ type: "direct", coupon: { id: coupons.vip!.id }, cancellable: true, audience: { kind: "customers" } })
      expect(new Date(scheduled.send_at).getTime()).toBeGreaterThan(Date.now() + DAY)
      expect(provider().sent.filter((m) => m.channel === "email" && m.template.includes("coupon-push"))).toHaveLength(18)
      const free = (await api.get("/admin/coupon-marketing/pushes/slots", admin)).data
      expect(free.quota).toEqual({ blocked_by: null, next_free_label: null })

      const again = ctx()
      await ensurePushes(again, coupons)
      expect(again.progress.present).toEqual(["pushes"])
      expect((await pg().raw(`select count(*)::int as n from cm_push`)).rows[0].n).toBe(2)
      expect((await pg().raw(`select count(*)::int as n from cm_delivery where purpose like 'push:%'`)).rows[0].n).toBe(40)
      expect(provider().sent.filter((m) => m.channel === "email")).toHaveLength(18)
    })
  })
}
