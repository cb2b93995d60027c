import {
  ORDER_EXPORT_HEADER,
  USAGE_REPORT_HEADER,
  orderExportRow,
  ordererName,
  reportCondition,
  usageReportRow,
  type ReportCoupon,
} from "../../domain/coupons"

const coupon: ReportCoupon = {
  name: "Autumn 10%",
  code_mode: "fixed",
  validity_type: "window",
  starts_at: "2026-12-01T01:00:00Z",
  ends_at: "2027-01-31T14:59:00Z",
  benefit_type: "percent",
  benefit_value: 10,
  currency_code: "jpy",
  condition_type: "min_total",
  condition_value: 3000,
  per_customer_limit: null,
}

describe("COUPON-22 usage report rows", () => {
  it("has the SPEC's columns in order, plus the use's state", () => {
    expect(USAGE_REPORT_HEADER).toEqual([
      "customer id", "orderer name", "email", "coupon code", "coupon name", "validity", "benefit", "condition",
      "per-person limit", "eligible sales amount", "discount total", "currency", "order date", "order number", "status",
    ])
  })

  it("writes a member's order with the store's time zone and numbers as numbers", () => {
    const row = usageReportRow(
      coupon,
      { code: "AUTUMN10", customer_id: "cus_1", email: "a@example.com", eligible_total: "3999", discount_total: "399", currency_code: "jpy" },
      { display_id: 42, created_at: "2026-12-24T15:30:00Z", email: "a@example.com", first_name: "Hanako", last_name: "Yamada" },
      "Asia/Tokyo"
    )
    expect(row).toEqual([
      "cus_1", "Hanako Yamada", "a@example.com", "AUTUMN10", "Autumn 10%",
      "2026-12-01 10:00 – 2027-01-31 23:59 (Asia/Tokyo)", "10% off", "eligible total >= 3000", "unlimited",
      3999, 399, "JPY", "2026-12-25 00:30", 42, "used",
    ])
  })

  it("leaves the customer id empty for a guest, formats an individual code and marks a cancelled order", () => {
    const row = usageReportRow(
      { ...coupon, code_mode: "individual", validity_type: "relative", valid_days: 10, benefit_type: "gift_product", condition_type: "none" },
      {
        code: "ABCDEFGHJKMN", coupon_code_id: "cpcd_1", customer_id: null, email: "g@example.com", eligible_total: 9.5,
        discount_total: 0, currency_code: "eur", released_at: "2026-12-26T00:00:00Z", code_expires_at: "2026-12-31T14:59:59Z",
      },
      null,
      "Asia/Tokyo",
      "Tea bowl"
    )
    expect(row[0]).toBe("")
    expect(row[1]).toBe("")
    expect(row[2]).toBe("g@example.com")
    expect(row[3]).toBe("ABCD-EFGH-JKMN")
    expect(row[5]).toBe("Until 2026-12-31 23:59 (Asia/Tokyo)")
    expect(row[6]).toBe("Gift: Tea bowl")
    expect(row[7]).toBe("none")
    expect(row[8]).toBe(1)
    expect(row[9]).toBe(9.5)
    expect(row[11]).toBe("EUR")
    expect(row[14]).toBe("cancelled")
  })

  it.each([
    ["none", null, "none"],
    ["min_total", 5000, "eligible total >= 5000"],
    ["max_total", 20000, "eligible total <= 20000"],
    ["min_unit_price", 1000, "unit price >= 1000"],
  ] as const)("COUPON-10 condition %s %s → %s", (condition_type, condition_value, text) => {
    expect(reportCondition({ condition_type, condition_value })).toBe(text)
  })

  it("joins the name parts it has", () => {
    expect(ordererName({ first_name: " Taro ", last_name: null })).toBe("Taro")
    expect(ordererName(null)).toBe("")
  })
})

describe("COUPON-23 order export rows", () => {
  it("ends with the coupon discount and the coupon name", () => {
    expect(ORDER_EXPORT_HEADER.slice(-2)).toEqual(["coupon discount", "coupon name"])
    const order = {
      display_id: 7, created_at: "2026-12-01T00:00:00Z", status: "pending", customer_id: "cus_1", email: "a@example.com",
      first_name: "Hanako", last_name: "Yamada", currency_code: "jpy", item_total: 2000, shipping_total: 500,
      discount_total: 300, tax_total: 0, total: 2200,
    }
    expect(orderExportRow(order, { name: "VIP ¥300 off", discount_total: "300" }, "Asia/Tokyo")).toEqual([
      7, "2026-12-01 09:00", "pending", "cus_1", "Hanako Yamada", "a@example.com", "JPY", 2000, 500, 300, 0, 2200, 300, "VIP ¥300 off",
    ])
    expect(orderExportRow(order, null, "Asia/Tokyo").slice(-2)).toEqual([0, ""])
  })
})
