import { response, type SuiteContext } from "../../helpers/suite"
import { loginAsAdmin } from "../../helpers/auth"
import { checkout, createCart, createTestStore, loginAsCustomer, TestStore } from "../../helpers/store"

const CODE_SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/

/** A streamed CSV download (raw bytes), checked for its UTF-8 BOM and split into rows (no quoting needed here). */
function csvRows(bytes: ArrayBuffer) {
  const buffer = Buffer.from(bytes)
  expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  return buffer
    .subarray(3)
    .toString("utf8")
    .split("\r\n")
    .filter(Boolean)
    .map((line) => line.split(","))
}

export function codesSuite({ api, getContainer }: SuiteContext) {
  describe("individual codes, my coupons and reports", () => {
    let admin: { headers: Record<string, string> }
    let store: TestStore

    beforeEach(async () => {
      admin = await loginAsAdmin(getContainer(), api)
      store = await createTestStore(getContainer())
    })

    async function vipGroup(customerIds: string[]) {
      const { data } = await api.post("/admin/customer-groups", { name: "VIP" }, admin)
      await api.post(`/admin/customer-groups/${data.customer_group.id}/customers`, { add: customerIds }, admin)
      return data.customer_group.id as string
    }

    const segmentCoupon = (groupId: string) => ({
      name: "VIP ¥300 off",
      audience: "segment",
      customer_group_id: groupId,
      code_mode: "individual",
      validity_type: "relative",
      valid_days: 10,
      benefit_type: "fixed_amount",
      benefit_value: 300,
      currency_code: "jpy",
      condition_type: "none",
    })

    it("COUPON-5 COUPON-16 COUPON-31 COUPON-35 COUPON-22 COUPON-23 VIP individual codes: each works once, only for its owner; my coupons; reports", async () => {
      const vip1 = await loginAsCustomer(api, store, "vip1@example.com")
      const vip2 = await loginAsCustomer(api, store, "vip2@example.com")
      const outsider = await loginAsCustomer(api, store, "outsider@example.com")
      const groupId = await vipGroup([vip1.customerId, vip2.customerId])

      const created = await api.post("/admin/coupon-marketing/coupons", segmentCoupon(groupId), admin)
      const couponId = created.data.coupon.id
      // COUPON-16: an individual-code coupon is scheduled until its codes are issued.
      expect(created.data.coupon.status).toBe("scheduled")

      const issued = await api.post(`/admin/coupon-marketing/coupons/${couponId}/codes`, {}, admin)
      expect(issued.data).toEqual({ issued: 2, skipped: 0 })
      // Issuing again reaches only new members.
      const again = await api.post(`/admin/coupon-marketing/coupons/${couponId}/codes`, { customer_group_id: groupId }, admin)
      expect(again.data).toEqual({ issued: 0, skipped: 2 })
      const { data: after } = await api.get(`/admin/coupon-marketing/coupons/${couponId}`, admin)
      expect(after.coupon).toMatchObject({ status: "active", codes_issued: 2 })

      // COUPON-35: each VIP sees their own code; the outsider sees nothing.
      const mine1 = (await api.get("/store/coupon-marketing/me/coupons", vip1)).data
      const mine2 = (await api.get("/store/coupon-marketing/me/coupons", vip2)).data
      expect(mine1.count).toBe(1)
      expect(mine1.coupons[0]).toMatchObject({ id: couponId, name: "VIP ¥300 off", benefit: "¥300 off", condition: "None", uses_left: 1 })
      expect(mine1.coupons[0].code).toMatch(CODE_SHAPE)
      expect(mine1.coupons[0].validity).toMatch(/^Until \d{4}-\d\d-\d\d 23:59 \(Asia\/Tokyo\)$/)
      expect(mine2.coupons[0].code).not.toBe(mine1.coupons[0].code)
      expect((await api.get("/store/coupon-marketing/me/coupons", outsider)).data).toMatchObject({ coupons: [], count: 0 })
      expect((await response(api.get("/store/coupon-marketing/me/coupons", store.headers))).status).toBe(401)
      const code1 = mine1.coupons[0].code as string

      // COUPON-31: a guest is asked to log in; somebody else's code is simply not valid.
      const guestCart = await createCart(api, store, { "tea-bowl": 1 })
      const guest = await response(api.post(`/store/carts/${guestCart}/coupon`, { code: code1 }, store.headers))
      expect(guest.status).toBe(400)
      expect(guest.data.code).toBe("login_required")
      for (const other of [vip2, outsider]) {
        const cartId = await createCart(api, store, { "tea-bowl": 1 }, other)
        const refused = await response(api.post(`/store/carts/${cartId}/coupon`, { code: code1 }, other))
        expect(refused.status).toBe(400)
        expect(refused.data).toMatchObject({ code: "coupon_not_valid", message: "This coupon code is not valid" })
      }

      // The owner uses it (typed in lower case without hyphens) …
      const cartId = await createCart(api, store, { "tea-bowl": 2 }, vip1)
      const applied = await api.post(`/store/carts/${cartId}/coupon`, { code: code1.replace(/-/g, "").toLowerCase() }, vip1)
      expect(applied.data).toMatchObject({ applied: true, discount_total: 300 })
      const done = await checkout(api, store, cartId, vip1)
      expect(done.data.type).toBe("order")
      expect(Number(done.data.order.discount_total)).toBe(300)
      const order = done.data.order

      // … once: it leaves "my coupons" and is refused on the next cart.
      expect((await api.get("/store/coupon-marketing/me/coupons", vip1)).data.count).toBe(0)
      const next = await createCart(api, store, { "tea-bowl": 1 }, vip1)
      const used = await response(api.post(`/store/carts/${next}/coupon`, { code: code1 }, vip1))
      expect(used.status).toBe(400)
      expect(used.data.message).toBe("This coupon code is not valid")

      // COUPON-22: the usage report, one row for that order.
      const report = await api.get(`/admin/coupon-marketing/coupons/${couponId}/report.csv`, { ...admin, responseType: "arraybuffer" })
      expect(report.headers["content-type"]).toContain("text/csv")
      expect(report.headers["content-disposition"]).toContain(`coupon-usage-${couponId}.csv`)
      const [header, ...rows] = csvRows(report.data)
      expect(header).toEqual([
        "customer id", "orderer name", "email", "coupon code", "coupon name", "validity", "benefit", "condition",
        "per-person limit", "eligible sales amount", "discount total", "currency", "order date", "order number", "status",
      ])
      expect(rows).toHaveLength(1)
      const row = Object.fromEntries(header.map((h, i) => [h, rows[0][i]]))
      expect(row).toMatchObject({
        "customer id": vip1.customerId,
        "orderer name": "Hanako Yamada",
        email: "hanako@example.com",
        "coupon code": code1,
        "coupon name": "VIP ¥300 off",
        benefit: "¥300 off",
        condition: "none",
        "per-person limit": "1",
        "eligible sales amount": "2000",
        "discount total": "300",
        currency: "JPY",
        "order number": String(order.display_id),
        status: "used",
      })
      expect(row["order date"]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/)

      // COUPON-23: the order export carries the coupon's discount and name.
      const exported = await api.get("/admin/coupon-marketing/orders/export.csv", { ...admin, responseType: "arraybuffer" })
      const [exportHeader, ...orders] = csvRows(exported.data)
      expect(exportHeader.slice(-2)).toEqual(["coupon discount", "coupon name"])
      const line = orders.find((r) => r[0] === String(order.display_id))!
      expect(line.slice(-2)).toEqual(["300", "VIP ¥300 off"])
      const bad = await response(api.get("/admin/coupon-marketing/orders/export.csv?created_at_gte=yesterday", admin))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("created_at_gte")
    })

    it("COUPON-5 issuing codes refuses unknown customers, fixed-code coupons and both targets at once, naming the field", async () => {
      const shopper = await loginAsCustomer(api, store, "picked@example.com")
      const { data } = await api.post(
        "/admin/coupon-marketing/coupons",
        { ...segmentCoupon(""), audience: "members_only", customer_group_id: undefined, name: "Picked" },
        admin
      )
      const id = data.coupon.id
      const unknown = await response(api.post(`/admin/coupon-marketing/coupons/${id}/codes`, { customer_ids: ["cus_nobody"] }, admin))
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toContain("customer_ids")
      expect(unknown.data.message).toContain("cus_nobody")
      const both = await response(api.post(`/admin/coupon-marketing/coupons/${id}/codes`, { customer_ids: [shopper.customerId], customer_group_id: "g" }, admin))
      expect(both.status).toBe(400)
      expect(both.data.message).toContain("customer_group_id")
      const none = await response(api.post(`/admin/coupon-marketing/coupons/${id}/codes`, {}, admin))
      expect(none.status).toBe(400)
      expect(none.data.message).toContain("customer_ids")
      const ok = await api.post(`/admin/coupon-marketing/coupons/${id}/codes`, { customer_ids: [shopper.customerId] }, admin)
      expect(ok.data).toEqual({ issued: 1, skipped: 0 })

      const fixed = await api.post(
        "/admin/coupon-marketing/coupons",
        {
          name: "Fixed", audience: "anyone", code_mode: "fixed", code: "FIXEDONE", validity_type: "window",
          starts_at: new Date(Date.now() + 2 * 3600_000).toISOString(), ends_at: new Date(Date.now() + 48 * 3600_000).toISOString(),
          benefit_type: "percent", benefit_value: 5, currency_code: "jpy", condition_type: "none",
        },
        admin
      )
      const refused = await response(api.post(`/admin/coupon-marketing/coupons/${fixed.data.coupon.id}/codes`, { customer_ids: [shopper.customerId] }, admin))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("fixed code")
    })

    it("COUPON-19 coupons ended over 3 years ago are purged with their codes; usage stays in aggregate", async () => {
      const service = getContainer().resolve("coupon_marketing") as any
      const shopper = await loginAsCustomer(api, store, "old-timer@example.com")
      const groupId = await vipGroup([shopper.customerId])
      const old = (await api.post("/admin/coupon-marketing/coupons", segmentCoupon(groupId), admin)).data.coupon
      const recent = (await api.post("/admin/coupon-marketing/coupons", { ...segmentCoupon(groupId), name: "Recent" }, admin)).data.coupon
      await api.post(`/admin/coupon-marketing/coupons/${old.id}/codes`, {}, admin)
      await api.post(`/admin/coupon-marketing/coupons/${recent.id}/codes`, {}, admin)
      const [code] = await service.listCouponCodes({ coupon_id: old.id })
      await service.createCouponUsages([
        { coupon_id: old.id, cart_id: "cart_old_1", code: code.code, coupon_code_id: code.id, customer_id: shopper.customerId, currency_code: "jpy", eligible_total: 2000, discount_total: 300 },
        { coupon_id: old.id, cart_id: "cart_old_2", code: code.code, customer_id: null, currency_code: "jpy", eligible_total: 999, discount_total: 300, released_at: new Date() },
      ])
      const now = new Date()
      const day = 24 * 3600_000
      const yearsAgo = (y: number, extraDays: number) => new Date(Date.UTC(now.getUTCFullYear() - y, now.getUTCMonth(), now.getUTCDate()) - extraDays * day)
      await service.updateCoupons([
        { id: old.id, last_code_expires_at: yearsAgo(3, 1) },
        { id: recent.id, last_code_expires_at: yearsAgo(2, 0) },
      ])

      const { purgeEndedCoupons } = await import("../../../src/jobs/purge-ended-coupons")
      expect(await purgeEndedCoupons(getContainer(), now)).toBe(1)
      expect(await purgeEndedCoupons(getContainer(), now)).toBe(0)

      expect((await response(api.get(`/admin/coupon-marketing/coupons/${old.id}`, admin))).status).toBe(404)
      expect((await api.get(`/admin/coupon-marketing/coupons/${recent.id}`, admin)).data.coupon.id).toBe(recent.id)
      expect(await service.listCouponCodes({ coupon_id: old.id }, { withDeleted: true })).toHaveLength(0)
      expect(await service.listCouponUsages({ coupon_id: old.id }, { withDeleted: true })).toHaveLength(0)
      const [archive] = await service.listCouponArchives({ coupon_id: old.id })
      expect(archive).toMatchObject({ name: "VIP ¥300 off", codes_issued: 1, uses: 1, currency_code: "jpy" })
      expect(Number(archive.eligible_total)).toBe(2000)
      expect(Number(archive.discount_total)).toBe(300)
      const promotions = await getContainer().resolve("promotion").listPromotions({ id: [old.promotion_id, recent.promotion_id] })
      expect(promotions.map((p: any) => p.id)).toEqual([recent.promotion_id])
    })
  })
}
