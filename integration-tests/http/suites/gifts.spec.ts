import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { SuiteContext } from "../../helpers/suite"
import { response } from "../../helpers/suite"
import { loginAsAdmin } from "../../helpers/auth"
import { createTestStore, loginAsCustomer, TestStore } from "../../helpers/store"

type Headers = { headers: Record<string, string> }
const HOUR = 3600_000
const DAY = 24 * HOUR
const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/** SPEC §4 membership sign-up gift (GIFT-1…GIFT-6) over HTTP, in the real app, with the real subscriber and pipeline. */
export function giftsSuite({ api, getContainer }: SuiteContext) {
  describe("membership sign-up gift (GIFT-1…GIFT-6)", () => {
    let admin: Headers
    let store: TestStore

    beforeEach(async () => {
      admin = await loginAsAdmin(getContainer(), api)
      store = await createTestStore(getContainer())
    })

    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as { raw: (sql: string, b?: unknown[]) => Promise<{ rows: any[] }> }
    const at = (days: number) => new Date(Date.now() + days * DAY).toISOString()
    const gifts = "/admin/coupon-marketing/membership-gifts"

    async function coupon(over: Record<string, unknown> = {}) {
      return (await api.post("/admin/coupon-marketing/coupons", {
        name: "Welcome ¥500", audience: "all_customers", code_mode: "individual", validity_type: "relative", valid_days: 30,
        benefit_type: "fixed_amount", benefit_value: 500, currency_code: "jpy", condition_type: "none", category_ids: [], ...over,
      }, admin)).data.coupon
    }
    const activity = (prizes: unknown[], over: Record<string, unknown> = {}) => ({ name: "Welcome", starts_at: at(-1), ends_at: at(6), prizes, ...over })
    const create = (body: unknown) => response(api.post(gifts, body, admin))

    /** Grants of a customer, points entries with the gift key, gift codes. */
    async function given(customerId: string) {
      const grants = (await pg().raw(`select * from cm_membership_gift_grant where customer_id = ? and deleted_at is null`, [customerId])).rows
      const points = (await pg().raw(`select * from cm_points_entry where customer_id = ? and type = 'gift' and deleted_at is null`, [customerId])).rows
      const codes = (await pg().raw(`select * from cm_coupon_code where customer_id = ? and source = 'gift' and deleted_at is null`, [customerId])).rows
      const deliveries = (await pg().raw(`select * from cm_delivery where customer_id = ? and purpose like 'membership-gift:%'`, [customerId])).rows
      return { grants, points, codes, deliveries }
    }
    const handler = async () => (await import("../../../src/subscribers/customer-created-gift")).default
    async function deliverCustomerCreated(id: string, times = 1) {
      const h = await handler()
      await Promise.all(Array.from({ length: times }, () => h({ event: { name: "customer.created", data: { id } }, container: getContainer() } as never)))
    }
    async function member(email: string) {
      const [c] = await getContainer().resolve(Modules.CUSTOMER).createCustomers([{ email, first_name: "New", last_name: "Member", has_account: true }])
      return c as { id: string; email: string }
    }

    it("GIFT-1: name ≤ 10 characters and at least 3 days, refused naming the field in merchant words", async () => {
      const long = await create(activity([{ type: "points", amount: 100 }], { name: "Eleven char" }))
      expect(long.status).toBe(400)
      expect(long.data.message).toContain("name: at most 10 characters")
      const short = await create(activity([{ type: "points", amount: 100 }], { starts_at: at(1), ends_at: new Date(Date.now() + DAY + 3 * DAY - 60_000).toISOString() }))
      expect(short.status).toBe(400)
      expect(short.data.message).toBe("ends_at: the activity must last at least 3 days")
      const ok = await create(activity([{ type: "points", amount: 100 }], { starts_at: at(1), ends_at: at(4) }))
      expect(ok.status).toBe(201)
      expect(ok.data.membership_gift).toMatchObject({ name: "Welcome", status: "scheduled", grants: 0 })
      const bad = await create({ ...activity([{ type: "points", amount: 100 }]), starts_at: "soon" })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("starts_at")
    })

    it("GIFT-1: an overlapping window is refused naming the other activity; a draft and touching windows are fine", async () => {
      expect((await create(activity([{ type: "points", amount: 100 }], { name: "Autumn", starts_at: at(1), ends_at: at(5) }))).status).toBe(201)
      const overlap = await create(activity([{ type: "points", amount: 50 }], { name: "Winter", starts_at: at(4), ends_at: at(9) }))
      expect(overlap.status).toBe(400)
      expect(overlap.data.message).toContain('"Autumn"')
      expect(overlap.data.message).not.toMatch(ISO)
      const draft = await create(activity([{ type: "points", amount: 50 }], { name: "Winter", starts_at: at(4), ends_at: at(9), draft: true }))
      expect(draft.status).toBe(201)
      expect(draft.data.membership_gift.status).toBe("draft")
      const { rows } = await pg().raw(`select ends_at from cm_membership_gift where name = 'Autumn'`)
      const touching = await create(activity([{ type: "points", amount: 50 }], { name: "Next", starts_at: new Date(rows[0].ends_at).toISOString(), ends_at: at(12) }))
      expect(touching.status).toBe(201)
    })

    it("GIFT-2/GIFT-3: 1–3 prizes of different types; a coupon prize must be relative and cover the window; store credit needs the loyalty plugin", async () => {
      const relative = await coupon()
      const windowed = await coupon({ name: "Fixed dates", validity_type: "window", valid_days: undefined, starts_at: new Date(Date.now() + 2 * HOUR).toISOString(), ends_at: at(30) })
      const ship = await coupon({ name: "Ship free", benefit_type: "free_shipping", benefit_value: undefined })
      expect((await create(activity([]))).data.message).toContain("prizes: a gift package holds 1 to 3 prizes")
      expect((await create(activity([{ type: "points", amount: 1 }, { type: "points", amount: 2 }]))).data.message).toContain("prizes.1.type: each prize must be of a different type")
      // Amounts out of range are refused naming the prize, in words (not Medusa's "Value for field … too small").
      const zero = await create(activity([{ type: "coupon", coupon_id: relative.id }, { type: "points", amount: 0 }]))
      expect(zero.status).toBe(400)
      expect(zero.data.message).toBe("prizes.1.amount: points are a whole number of at least 1")
      expect((await create(activity([{ type: "points", amount: 2.5 }]))).data.message).toBe("prizes.0.amount: points are a whole number of at least 1")
      // Not a number at all: Medusa's validation answers first, naming the field its way.
      const words = await create(activity([{ type: "points", amount: "many" }]))
      expect(words.status).toBe(400)
      expect(words.data.message).toContain("prizes, 0, amount")
      const notRelative = await create(activity([{ type: "coupon", coupon_id: windowed.id }]))
      expect(notRelative.status).toBe(400)
      expect(notRelative.data.message).toContain("prizes.0.coupon_id")
      expect(notRelative.data.message).toContain("relative validity")
      const wrongKind = await create(activity([{ type: "free_shipping", coupon_id: relative.id }]))
      expect(wrongKind.data.message).toContain("is not a free-shipping coupon")
      const credit = await create(activity([{ type: "store_credit", amount: 1000, currency_code: "jpy" }]))
      expect(credit.status).toBe(400)
      expect(credit.data.message).toContain("@medusajs/loyalty-plugin")
      const list = await api.get(gifts, admin)
      expect(list.data.store_credit).toEqual({ available: false, reason: expect.stringContaining("loyalty plugin") })
      const ok = await create(activity([{ type: "points", amount: 200 }, { type: "coupon", coupon_id: relative.id }, { type: "free_shipping", coupon_id: ship.id }]))
      expect(ok.status).toBe(201)
      expect(ok.data.membership_gift.prize_views.map((p: any) => p.type)).toEqual(["points", "coupon", "free_shipping"])
    })

    it("GIFT-4: visitors see the active package in words; a logged-in member is not eligible; nothing when none", async () => {
      const none = await api.get("/store/coupon-marketing/membership-gift", store.headers)
      expect(none.data).toEqual({ membership_gift: null, eligible: false })
      const c = await coupon()
      await create(activity([{ type: "points", amount: 200 }, { type: "coupon", coupon_id: c.id }]))
      const visitor = await api.get("/store/coupon-marketing/membership-gift", store.headers)
      expect(visitor.data.eligible).toBe(true)
      expect(visitor.data.membership_gift.name).toBe("Welcome")
      expect(visitor.data.membership_gift.prizes).toEqual([
        expect.objectContaining({ type: "points", title: "200 points", amount: 200 }),
        expect.objectContaining({ type: "coupon", title: "¥500 off", currency_code: "jpy", valid_days: 30, description: expect.stringContaining("valid 30 days after you join") }),
      ])
      expect(visitor.data.membership_gift.ends_label).not.toMatch(ISO)
      const shopper = await loginAsCustomer(api, store, `gift-member-${Date.now()}@example.com`)
      const asMember = await api.get("/store/coupon-marketing/membership-gift", { headers: shopper.headers })
      expect(asMember.data.eligible).toBe(false)
      expect((await response(api.get("/store/coupon-marketing/membership-gift?x=1", store.headers))).status).toBe(400)
    })

    it("GIFT-5: the same customer.created delivered 3× at once → one grant, one points entry, one code, one message per channel", async () => {
      const c = await coupon()
      await create(activity([{ type: "points", amount: 200 }, { type: "coupon", coupon_id: c.id }]))
      const m = await member(`gift-3x-${Date.now()}@example.com`)
      await deliverCustomerCreated(m.id, 3)
      await new Promise((r) => setTimeout(r, 500)) // the module's own customer.created (if any) settles too
      await deliverCustomerCreated(m.id, 1)
      const g = await given(m.id)
      expect(g.grants).toHaveLength(1)
      expect(g.grants[0].status).toBe("granted")
      expect(g.points).toHaveLength(1)
      expect(g.points[0].points).toBe(200)
      expect(g.codes).toHaveLength(1)
      expect(g.codes[0].coupon_id).toBe(c.id)
      const days = (new Date(g.codes[0].expires_at).getTime() - Date.now()) / DAY
      expect(days).toBeGreaterThan(29)
      expect(days).toBeLessThan(31.5)
      expect(g.deliveries.map((d: any) => d.channel).sort()).toEqual(["email", "feed"])
      const feed = g.deliveries.find((d: any) => d.channel === "feed")
      expect(feed.data.body).toContain("200 points")
      expect(feed.data.body).toContain("¥500 off")
      const email = g.deliveries.find((d: any) => d.channel === "email")
      expect(email.to).toBe(m.email)
      // The email, as the member receives it: the React Email template `membership-gift`, rendered at send time.
      const { deliverDueMessages } = await import("../../../src/jobs/deliver-messages")
      await deliverDueMessages(getContainer(), undefined, { purposes: [`membership-gift:${g.grants[0].activity_id}`] })
      const state = (global as unknown as { __couponMarketingTestNotifications: { sent: { to: string; channel: string; content: any }[] } }).__couponMarketingTestNotifications
      const mail = state.sent.find((x) => x.channel === "email" && x.to === m.email)!
      expect(mail.content.subject).toMatch(/^Welcome to .+! Your sign-up gift is here$/)
      expect(mail.content.text).toContain("Hello New,")
      expect(mail.content.text).toContain("200 points")
      expect(mail.content.text).toContain("¥500 off")
      const code = g.codes[0].code as string
      expect(mail.content.html.replace(/-/g, "")).toContain(code.replace(/-/g, ""))
      expect(mail.content.text).toContain("Sign-up gift: Welcome")
    })

    it("GIFT-5 recovery: a grant left half-done by a dead worker and a member whose customer.created was lost are granted once by the grant-missed-gifts job", async () => {
      const c = await coupon()
      const made = await create(activity([{ type: "points", amount: 200 }, { type: "coupon", coupon_id: c.id }]))
      // Created 20 minutes ago (it started a day ago): accounts count from its creation.
      await pg().raw(`update cm_membership_gift set created_at = now() - interval '20 minutes' where id = ?`, [made.data.membership_gift.id])
      const svc = getContainer().resolve("coupon_marketing") as any
      // A: the worker claimed the grant and credited the points, then died (the row stays `granting`).
      const a = await member(`gift-dead-${Date.now()}@example.com`)
      await new Promise((r) => setTimeout(r, 300))
      await pg().raw(`delete from cm_membership_gift_grant where customer_id = ?`, [a.id]) // the module's own customer.created, if it ran
      await pg().raw(`delete from cm_points_entry where customer_id = ?`, [a.id])
      await pg().raw(`delete from cm_coupon_code where customer_id = ?`, [a.id])
      await pg().raw(`delete from cm_delivery where customer_id = ?`, [a.id])
      const claim = await svc.claimGiftGrant(a.id)
      expect(claim.claimed).toBe(true)
      await svc.appendPoints({ customer_id: a.id, type: "gift", points: 200, reason: "Sign-up gift: Welcome", idempotency_key: `gift:${claim.activity.id}:${a.id}` })
      await pg().raw(`update cm_membership_gift_grant set updated_at = now() - interval '10 minutes' where id = ?`, [claim.grant.id])
      // B: an account made 10 minutes ago whose event never came (written behind Medusa's back: no event at all).
      const b = `cus_lost_${Date.now()}`
      await pg().raw(`insert into customer (id, email, first_name, has_account, created_at, updated_at) values (?, ?, 'Lost', true, now() - interval '10 minutes', now())`, [b, `${b}@example.com`])
      // C: a guest of the same minute: not a member, owed nothing.
      const guest = `cus_guest_${Date.now()}`
      await pg().raw(`insert into customer (id, email, has_account, created_at, updated_at) values (?, ?, false, now() - interval '10 minutes', now())`, [guest, `${guest}@example.com`])
      // D: an account made after the start but before the activity was created: it got nothing at sign-up, and is owed nothing.
      const before = `cus_before_${Date.now()}`
      await pg().raw(`insert into customer (id, email, has_account, created_at, updated_at) values (?, ?, true, now() - interval '30 minutes', now())`, [before, `${before}@example.com`])
      const { grantMissedGifts } = await import("../../../src/jobs/grant-missed-gifts")
      const runs = await Promise.all([grantMissedGifts(getContainer()), grantMissedGifts(getContainer())])
      expect(runs.reduce((n, r) => n + r.granted, 0)).toBe(2)
      expect(runs.reduce((n, r) => n + r.failed, 0)).toBe(0)
      for (const id of [a.id, b]) {
        const g = await given(id)
        expect(g.grants.map((x: any) => x.status)).toEqual(["granted"])
        expect(g.points.map((p: any) => p.points)).toEqual([200]) // A: the dead worker's entry, not a second one
        expect(g.codes).toHaveLength(1)
        expect(g.deliveries.map((d: any) => d.channel).sort()).toEqual(["email", "feed"])
      }
      expect(await given(guest)).toMatchObject({ grants: [], points: [], codes: [] })
      expect(await given(before)).toMatchObject({ grants: [], points: [], codes: [] })
      // Run again: nobody is owed anything.
      expect(await grantMissedGifts(getContainer())).toEqual({ granted: 0, failed: 0 })
    })

    it("GIFT-5: a real sign-up through the store routes gets the gift; a guest customer gets nothing", async () => {
      await create(activity([{ type: "points", amount: 150 }]))
      const shopper = await loginAsCustomer(api, store, `gift-signup-${Date.now()}@example.com`)
      let g = await given(shopper.customerId)
      for (let i = 0; i < 50 && !(g.grants[0]?.status === "granted"); i++) {
        await new Promise((r) => setTimeout(r, 200))
        g = await given(shopper.customerId)
      }
      expect(g.grants).toHaveLength(1)
      expect(g.points).toHaveLength(1)
      const [guest] = await getContainer().resolve(Modules.CUSTOMER).createCustomers([{ email: `guest-${Date.now()}@example.com`, has_account: false }])
      await deliverCustomerCreated(guest.id, 1)
      expect((await given(guest.id)).grants).toHaveLength(0)
    })

    it("GIFT-6: close (with confirmation) stops grants at once; a closed activity cannot be edited", async () => {
      const created = (await create(activity([{ type: "points", amount: 100 }]))).data.membership_gift
      const before = await member(`gift-before-${Date.now()}@example.com`)
      await deliverCustomerCreated(before.id)
      expect((await given(before.id)).grants).toHaveLength(1)
      const unconfirmed = await response(api.post(`${gifts}/${created.id}/close`, {}, admin))
      expect(unconfirmed.status).toBe(400)
      expect(unconfirmed.data.message).toContain("confirm")
      const closed = await api.post(`${gifts}/${created.id}/close`, { confirm: true }, admin)
      expect(closed.data.membership_gift.status).toBe("closed")
      const after = await member(`gift-after-${Date.now()}@example.com`)
      await deliverCustomerCreated(after.id)
      expect(await given(after.id)).toMatchObject({ grants: [], points: [], codes: [] })
      expect((await api.get("/store/coupon-marketing/membership-gift", store.headers)).data.membership_gift).toBeNull()
      const again = await response(api.post(`${gifts}/${created.id}/close`, { confirm: true }, admin))
      expect(again.status).toBe(400)
      const edit = await response(api.post(`${gifts}/${created.id}`, activity([{ type: "points", amount: 5 }]), admin))
      expect(edit.status).toBe(400)
      expect(edit.data.message).toContain("closed")
      expect((await response(api.get(`${gifts}/cmgift_nope`, admin))).status).toBe(404)
    })

    it("GIFT-6: stats — new members in the window, grants per prize, gift coupons used and their revenue, by day", async () => {
      const c = await coupon()
      const gift = (await create(activity([{ type: "points", amount: 100 }, { type: "coupon", coupon_id: c.id }]))).data.membership_gift
      const a = await member(`gift-stats-a-${Date.now()}@example.com`)
      const b = await member(`gift-stats-b-${Date.now()}@example.com`)
      await deliverCustomerCreated(a.id)
      await deliverCustomerCreated(b.id)
      // One gift code used by an order (the use row as checkout writes it).
      const code = (await given(a.id)).codes[0]
      await pg().raw(
        `insert into cm_coupon_usage (id, code, coupon_code_id, customer_id, cart_id, order_id, currency_code, eligible_total, raw_eligible_total, discount_total, raw_discount_total, coupon_id, ordered_at)
         values ('cpuse_gift_stats', ?, ?, ?, 'cart_gift_stats', 'order_gift_stats', 'jpy', 3000, '{"value":"3000","precision":20}', 500, '{"value":"500","precision":20}', ?, now())`,
        [code.code, code.id, a.id, c.id]
      )
      const { data } = await api.get(`${gifts}/${gift.id}/stats`, admin)
      expect(data.stats.grants).toBe(2)
      expect(data.stats.grants_per_prize).toEqual({ points: 2, coupon: 2 })
      // Accounts made before the activity existed (other tests', the test store's) are not its new members.
      expect(data.stats.new_members).toBe(2)
      expect(data.stats.coupon_uses).toBe(1)
      expect(data.stats.revenue).toEqual({ jpy: 3000 })
      expect(data.stats.timezone).toBe("Asia/Tokyo")
      const today = data.stats.days[data.stats.days.length - 1]
      expect(today.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(data.stats.days.reduce((s: number, d: any) => s + d.grants, 0)).toBe(2)
      expect(data.stats.days.reduce((s: number, d: any) => s + d.coupon_uses, 0)).toBe(1)
      expect((await api.get(`${gifts}/${gift.id}`, admin)).data.membership_gift.grants).toBe(2)
    })

    it("SPEC §8 demo seed (Step 8 item 6): one active activity with points and a coupon, 4 members who got it, one gift order; the 50 demo customers are not new members; a second run adds nothing", async () => {
      const { Progress } = await import("../../../scripts/seed/context")
      const seedStore = await import("../../../scripts/seed/store")
      const { ensureRegions, ensureTaxInclusivePrices, ensureTaxRegions } = await import("../../../scripts/seed/regions")
      const { ensureShipping, ensureStockLocation } = await import("../../../scripts/seed/shipping")
      const { ensureCategories, ensureProducts } = await import("../../../scripts/seed/catalog")
      const { ensureCustomers } = await import("../../../scripts/seed/customers")
      const { ensureGifts } = await import("../../../scripts/seed/gifts")
      const { DEMO_GIFT } = await import("../../../scripts/seed/demo-data")
      const logger = { info: () => undefined, warn: (m: string) => console.warn(m), error: () => undefined } as any
      const ctx = () => ({ container: getContainer(), logger, progress: new Progress(logger) })
      const salesChannel = await seedStore.ensureSalesChannel(ctx())
      await seedStore.ensurePublishableKey(ctx(), salesChannel)
      const regions = await ensureRegions(ctx())
      await ensureTaxInclusivePrices(ctx(), regions)
      await ensureTaxRegions(ctx())
      const location = await ensureStockLocation(ctx(), salesChannel)
      const shippingOptionIds = await ensureShipping(ctx(), location, regions)
      await seedStore.ensureStoreSettings(ctx(), salesChannel, regions.japan, location)
      await ensureProducts(ctx(), await ensureCategories(ctx()), salesChannel)
      await ensureCustomers(ctx())
      await ensureGifts(ctx(), { regions, salesChannel, shippingOptionIds })

      const list = (await api.get(gifts, admin)).data
      expect(list.count).toBe(1)
      const gift = list.membership_gifts[0]
      expect(gift).toMatchObject({ name: DEMO_GIFT.name, status: "active", grants: 4 })
      expect(gift.prize_views.map((p: any) => p.type)).toEqual(["points", "coupon"])
      const { stats } = (await api.get(`${gifts}/${gift.id}/stats`, admin)).data
      // The 50 demo customers joined 200 days ago: only the 4 who joined during the activity count.
      expect(stats).toMatchObject({ new_members: 4, grants: 4, grants_per_prize: { points: 4, coupon: 4 }, coupon_uses: 1 })
      expect(stats.revenue.jpy).toBeGreaterThanOrEqual(5000 - 300)
      expect(stats.days.filter((d: any) => d.grants > 0)).toHaveLength(4)
      const points = (await pg().raw(`select count(*)::int as n, sum(points)::int as total from cm_points_entry where type = 'gift' and deleted_at is null`)).rows[0]
      expect(points).toEqual({ n: 4, total: 4 * DEMO_GIFT.points })
      const visitor = (await api.get("/store/coupon-marketing/membership-gift", store.headers)).data
      expect(visitor).toMatchObject({ eligible: true, membership_gift: { name: DEMO_GIFT.name } })
      expect(visitor.membership_gift.prizes.map((p: any) => p.title)).toEqual(["200 points", "¥300 off"])

      const again = ctx()
      await ensureCustomers(again)
      await ensureGifts(again, { regions, salesChannel, shippingOptionIds })
      expect(again.progress.present).toEqual(["customers", "gifts"])
      const counts = (await pg().raw(`select (select count(*) from cm_membership_gift)::int as activities, (select count(*) from cm_membership_gift_grant)::int as grants,
        (select count(*) from cm_coupon_usage)::int as uses`)).rows[0]
      expect(counts).toEqual({ activities: 1, grants: 4, uses: 1 })
    })
  })
}
