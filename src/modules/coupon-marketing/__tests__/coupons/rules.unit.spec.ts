import {
  CouponValidationContext,
  assertLiveCouponCapacity,
  formatCouponErrors,
  parseCouponDateTime,
  validateCouponInput,
} from "../../domain/coupons/rules"
import { CouponAudience, CouponInput, CodeMode } from "../../../../types/coupons"

const HOUR = 60 * 60 * 1000
const NOW = new Date("2026-11-01T00:00:00.000Z")
const iso = (ms: number) => new Date(ms).toISOString()
const CREATE: CouponValidationContext = { now: NOW, mode: "create" }

/** A valid fixed-code coupon for anyone, starting tomorrow. */
const BASE: CouponInput = {
  name: "Winter sale",
  audience: "anyone",
  code_mode: "fixed",
  code: "WINTER-10",
  validity_type: "window",
  starts_at: "2026-11-02T00:00:00.000Z",
  ends_at: "2026-12-31T00:00:00.000Z",
  benefit_type: "fixed_amount",
  benefit_value: 500,
  currency_code: "jpy",
  condition_type: "none",
  category_ids: [],
}

const INDIVIDUAL: Partial<CouponInput> = { audience: "all_customers", code_mode: "individual", code: null }
const RELATIVE: Partial<CouponInput> = {
  ...INDIVIDUAL,
  validity_type: "relative",
  valid_days: 10,
  starts_at: null,
  ends_at: null,
}

function check(patch: Partial<CouponInput>, ctx: CouponValidationContext = CREATE) {
  return validateCouponInput({ ...BASE, ...patch } as CouponInput, ctx)
}
function fields(patch: Partial<CouponInput>, ctx: CouponValidationContext = CREATE) {
  return check(patch, ctx).map((e) => e.field)
}

describe("a valid coupon has no problem (COUPON-4 … COUPON-13)", () => {
  it.each([
    ["anyone, fixed code, window", {}],
    ["members_only, fixed code, limit 3", { audience: "members_only", per_customer_limit: 3 }],
    ["all_customers, individual codes, window", INDIVIDUAL],
    ["segment, individual codes", { ...INDIVIDUAL, audience: "segment", customer_group_id: "cusgroup_01" }],
    ["members_only, individual codes, limit 1", { ...INDIVIDUAL, audience: "members_only", per_customer_limit: 1 }],
    ["all_customers, relative validity", RELATIVE],
    ["percent off", { benefit_type: "percent", benefit_value: 10 }],
    ["per-item amount with the unit-price condition", { benefit_type: "per_item_amount", benefit_value: 100, condition_type: "min_unit_price", condition_value: 1000 }],
    ["free shipping", { benefit_type: "free_shipping", benefit_value: null }],
    ["gift product", { benefit_type: "gift_product", benefit_value: null, gift_variant_id: "variant_01" }],
    ["minimum total", { condition_type: "min_total", condition_value: 3000 }],
    ["maximum total", { condition_type: "max_total", condition_value: 3000 }],
    ["EUR amounts with cents", { currency_code: "eur", benefit_value: 9.99, condition_type: "min_total", condition_value: 49.5 }],
    ["5 categories", { category_ids: ["pcat_1", "pcat_2", "pcat_3", "pcat_4", "pcat_5"] }],
    ["a total limit", { total_limit: 1000 }],
    ["Date objects for the window", { starts_at: new Date("2026-11-02T00:00:00Z"), ends_at: new Date("2026-12-31T00:00:00Z") }],
    ["a window with a +09:00 offset", { starts_at: "2026-11-02T09:00:00+09:00", ends_at: "2026-12-31T09:00:00.000+09:00" }],
    ["upper-case currency", { currency_code: "JPY" }],
  ] as [string, Partial<CouponInput>][])("COUPON-4..13 %s", (_label, patch) => {
    expect(check(patch)).toEqual([])
  })
})

describe("name (COUPON-6)", () => {
  it.each([
    ["a single character", true, "A"],
    ["100 characters", true, "N".repeat(100)],
    ["100 characters with surrounding spaces", true, `  ${"N".repeat(100)}  `],
    ["100 emoji (counted as characters, not UTF-16 units)", true, "🎁".repeat(100)],
    ["100 Japanese characters", true, "冬".repeat(100)],
    ["101 characters", false, "N".repeat(101)],
    ["empty", false, ""],
    ["only spaces", false, "   "],
  ])("COUPON-6 a name of %s accepted = %p", (_label, ok, name) => {
    expect(fields({ name })).toEqual(ok ? [] : ["name"])
  })

  it("COUPON-6 the message names the limit and the length", () => {
    expect(check({ name: "N".repeat(101) })).toEqual([{ field: "name", message: "The name can be at most 100 characters (it has 101)" }])
  })
})

describe("audience and code mode (COUPON-4, COUPON-5)", () => {
  const matrix: [CouponAudience, CodeMode, boolean][] = [
    ["anyone", "fixed", true],
    ["anyone", "individual", false],
    ["all_customers", "fixed", false],
    ["all_customers", "individual", true],
    ["segment", "fixed", false],
    ["segment", "individual", true],
    ["members_only", "fixed", true],
    ["members_only", "individual", true],
  ]
  it.each(matrix)("COUPON-5 audience %s with %s codes allowed = %p", (audience, code_mode, ok) => {
    const patch: Partial<CouponInput> = {
      audience,
      code_mode,
      code: code_mode === "fixed" ? "CODE-1" : null,
      customer_group_id: audience === "segment" ? "cusgroup_01" : null,
      per_customer_limit: audience === "members_only" ? 1 : null,
    }
    expect(fields(patch)).toEqual(ok ? [] : ["code_mode"])
  })

  it("COUPON-5 the message names the refused audience", () => {
    expect(check({ ...INDIVIDUAL, audience: "anyone" })).toContainEqual({
      field: "code_mode",
      message: "A code per customer is only possible for a coupon for all customers, a customer group or members only (this one is for anyone)",
    })
    expect(check({ audience: "segment", customer_group_id: "cusgroup_01" })).toContainEqual({
      field: "code_mode",
      message: "One code for everyone is only possible for a coupon for anyone or for members only (this one is for a customer group)",
    })
  })

  it.each([
    ["audience", { audience: "everyone" as CouponAudience }],
    ["code_mode", { code_mode: "random" as CodeMode }],
  ])("COUPON-4/5 an unknown %s is refused", (field, patch) => {
    expect(fields(patch)).toContain(field)
  })
})

describe("fixed code (COUPON-5)", () => {
  it.each([
    ["4 characters", "ABCD", true],
    ["50 characters", "A".repeat(50), true],
    ["lower case (stored upper-case)", "winter-sale_10", true],
    ["3 characters", "ABC", false],
    ["51 characters", "A".repeat(51), false],
    ["a $", "ABC$", false],
    ["missing", null, false],
    ["empty", "", false],
  ])("COUPON-5 a fixed code of %s (%p) accepted = %p", (_label, code, ok) => {
    expect(fields({ code })).toEqual(ok ? [] : ["code"])
  })

  it.each([
    ["ABC$", 'The code must be 4–50 characters of A–Z, 0–9, "-" and "_" (it has other characters)'],
    ["ABC", 'The code must be 4–50 characters of A–Z, 0–9, "-" and "_" (it has 3)'],
    ["A".repeat(51), 'The code must be 4–50 characters of A–Z, 0–9, "-" and "_" (it has 51)'],
  ])("COUPON-5 the message for %p names the rule and the value", (code, message) => {
    expect(check({ code })).toEqual([{ field: "code", message }])
  })

  it("COUPON-5 individual-code coupons must not carry a code", () => {
    expect(check({ ...INDIVIDUAL, code: "MINE" })).toEqual([
      { field: "code", message: "A code per customer is generated for each customer: leave the code empty" },
    ])
  })
})

describe("segment (COUPON-4)", () => {
  it.each([
    ["segment without a group", { ...INDIVIDUAL, audience: "segment", customer_group_id: null }, ["customer_group_id"]],
    ["segment with a blank group", { ...INDIVIDUAL, audience: "segment", customer_group_id: "  " }, ["customer_group_id"]],
    ["all_customers with a group", { ...INDIVIDUAL, customer_group_id: "cusgroup_01" }, ["customer_group_id"]],
    ["anyone with a group", { customer_group_id: "cusgroup_01" }, ["customer_group_id"]],
  ] as [string, Partial<CouponInput>, string[]][])("COUPON-4 %s is refused", (_label, patch, expected) => {
    expect(fields(patch)).toEqual(expected)
  })
})

describe("fixed window on creation (COUPON-7)", () => {
  const start = NOW.getTime() + 24 * HOUR
  it.each([
    ["starts exactly now + 1 h", { starts_at: iso(NOW.getTime() + HOUR) }, []],
    ["starts now + 1 h − 1 ms", { starts_at: iso(NOW.getTime() + HOUR - 1) }, ["starts_at"]],
    ["starts now (in the past)", { starts_at: iso(NOW.getTime() - 1) }, ["starts_at"]],
    ["starts exactly 1 month from now", { starts_at: "2026-12-01T00:00:00.000Z" }, []],
    ["starts 1 month + 1 ms from now", { starts_at: "2026-12-01T00:00:00.001Z" }, ["starts_at"]],
    ["lasts exactly 1 h", { starts_at: iso(start), ends_at: iso(start + HOUR) }, []],
    ["lasts 1 h − 1 ms", { starts_at: iso(start), ends_at: iso(start + HOUR - 1) }, ["ends_at"]],
    ["ends before it starts", { starts_at: iso(start), ends_at: iso(start - HOUR) }, ["ends_at"]],
    ["lasts exactly 120 months", { starts_at: "2026-11-02T00:00:00.000Z", ends_at: "2036-11-02T00:00:00.000Z" }, []],
    ["lasts 120 months + 1 ms", { starts_at: "2026-11-02T00:00:00.000Z", ends_at: "2036-11-02T00:00:00.001Z" }, ["ends_at"]],
    ["has no start", { starts_at: null }, ["starts_at"]],
    ["has no end", { ends_at: undefined }, ["ends_at"]],
    ["has neither", { starts_at: null, ends_at: null }, ["starts_at", "ends_at"]],
    ["has a date without a time", { starts_at: "2026-11-02" }, ["starts_at"]],
    ["has a date-time without a zone", { starts_at: "2026-11-02T10:00:00" }, ["starts_at"]],
    ["has an impossible date", { ends_at: "2026-11-31T00:00:00Z" }, ["ends_at"]],
    ["has words", { starts_at: "tomorrow" }, ["starts_at"]],
    ["has an invalid Date", { starts_at: new Date("nope") }, ["starts_at"]],
    ["has valid_days too", { valid_days: 10 }, ["valid_days"]],
  ] as [string, Partial<CouponInput>, string[]][])("COUPON-7 a window that %s", (_label, patch, expected) => {
    expect(fields(patch)).toEqual(expected)
  })

  it("COUPON-7 1 month from Jan 31 is Feb 28 (calendar months, clamped)", () => {
    const ctx: CouponValidationContext = { now: new Date("2026-01-31T10:00:00.000Z"), mode: "create" }
    const window = (starts_at: string) => ({ starts_at, ends_at: "2026-06-01T00:00:00.000Z" })
    expect(fields(window("2026-02-28T10:00:00.000Z"), ctx)).toEqual([])
    expect(fields(window("2026-02-28T10:00:00.001Z"), ctx)).toEqual(["starts_at"])
  })

  it.each([
    [
      { starts_at: iso(NOW.getTime() + HOUR - 1) },
      "The coupon must start at 01:00 (UTC) or later — 1 hour from now",
    ],
    [
      { starts_at: "2026-12-01T00:00:00.001Z" },
      "The coupon can start at most 1 month from now: 1 Dec 2026, 00:00 (UTC) or earlier",
    ],
    [{ starts_at: "2026-11-02" }, "Enter a valid date and time for the start (with its time zone)"],
    [{ starts_at: null }, "Choose when the coupon starts"],
  ] as [Partial<CouponInput>, string][])("COUPON-7 start message: %p", (patch, message) => {
    expect(check(patch)).toEqual([{ field: "starts_at", message }])
  })

  it.each([
    [
      { ends_at: "2026-11-02T00:59:59.999Z" },
      "The coupon must end at least 1 hour after it starts: 2 Nov 2026, 01:00 (UTC) or later",
    ],
    [
      { ends_at: "2036-11-02T00:00:00.001Z" },
      "The coupon can end at most 120 months after it starts: 2 Nov 2036, 00:00 (UTC) or earlier",
    ],
  ] as [Partial<CouponInput>, string][])("COUPON-7 end message: %p", (patch, message) => {
    expect(check(patch)).toEqual([{ field: "ends_at", message }])
  })
})

describe("editing (COUPON-17)", () => {
  const originalStart = "2026-11-10T00:00:00.000Z"
  const scheduled: CouponValidationContext = { now: NOW, mode: "update", original: { starts_at: originalStart, status: "scheduled" } }
  const active: CouponValidationContext = {
    now: new Date("2026-11-15T00:00:00.000Z"),
    mode: "update",
    original: { starts_at: originalStart, status: "active" },
  }

  it("COUPON-17 an ended coupon cannot be edited: one error, whatever else is wrong", () => {
    const ctx: CouponValidationContext = { now: NOW, mode: "update", original: { starts_at: originalStart, status: "ended" } }
    expect(check({ name: "", benefit_value: 0 }, ctx)).toEqual([{ field: "status", message: "An ended coupon cannot be edited" }])
  })

  it.each([
    ["scheduled, start unchanged", scheduled, { starts_at: originalStart }, []],
    ["scheduled, start moved later", scheduled, { starts_at: "2026-11-20T00:00:00.000Z" }, []],
    ["scheduled, start moved 1 ms earlier", scheduled, { starts_at: "2026-11-09T23:59:59.999Z" }, ["starts_at"]],
    ["scheduled, start moved beyond 1 month from now", scheduled, { starts_at: "2026-12-01T00:00:00.001Z" }, ["starts_at"]],
    ["active, start unchanged (in the past)", active, { starts_at: originalStart }, []],
    ["active, start unchanged, given as a Date", active, { starts_at: new Date(originalStart) }, []],
    ["active, start moved later but less than 1 h from now", active, { starts_at: "2026-11-15T00:30:00.000Z" }, []],
    ["active, start moved later, into the past", active, { starts_at: "2026-11-12T00:00:00.000Z" }, []],
    ["active, start moved earlier", active, { starts_at: "2026-11-09T00:00:00.000Z" }, ["starts_at"]],
    ["active, start moved beyond 1 month from now", active, { starts_at: "2026-12-15T00:00:00.001Z" }, ["starts_at"]],
    ["active, end shortened but still 1 h after the start", active, { starts_at: originalStart, ends_at: "2026-11-10T01:00:00.000Z" }, []],
    ["active, end before start + 1 h", active, { starts_at: originalStart, ends_at: "2026-11-10T00:59:59.999Z" }, ["ends_at"]],
  ] as [string, CouponValidationContext, Partial<CouponInput>, string[]][])("COUPON-17 %s", (_label, ctx, patch, expected) => {
    expect(fields(patch, ctx)).toEqual(expected)
  })

  it("COUPON-17 a scheduled coupon whose start moves later must still start ≥ 1 h from now", () => {
    const ctx: CouponValidationContext = {
      now: new Date("2026-11-09T23:30:00.000Z"),
      mode: "update",
      original: { starts_at: originalStart, status: "scheduled" },
    }
    expect(fields({ starts_at: "2026-11-10T00:29:59.999Z" }, ctx)).toEqual(["starts_at"])
    expect(fields({ starts_at: "2026-11-10T00:30:00.000Z" }, ctx)).toEqual([])
    // Unchanged, the start (30 min away) is not re-checked.
    expect(fields({ starts_at: originalStart }, ctx)).toEqual([])
  })

  it("COUPON-17 the message of a start moved earlier names the original start", () => {
    expect(check({ starts_at: "2026-11-09T00:00:00.000Z" }, active)).toEqual([
      {
        field: "starts_at",
        message: "The start can only move later: 10 Nov 2026, 00:00 (UTC) or later",
      },
    ])
  })

  it("COUPON-17 an update without the original is checked like a scheduled coupon whose start changed", () => {
    expect(fields({ starts_at: iso(NOW.getTime() + HOUR - 1) }, { now: NOW, mode: "update" })).toEqual(["starts_at"])
  })

  it.each([
    ["audience", { audience: "members_only", per_customer_limit: 1 }, { audience: "anyone" }],
    ["code_mode", INDIVIDUAL, { code_mode: "fixed", audience: "all_customers" }],
    ["validity_type", RELATIVE, { validity_type: "window" }],
    ["currency_code", {}, { currency_code: "eur" }],
    ["code", {}, { code: "OTHER-CODE" }],
  ] as [string, Partial<CouponInput>, Record<string, string>][])(
    "COUPON-17 %s cannot be changed after creation",
    (field, patch, original) => {
      const ctx: CouponValidationContext = {
        now: NOW,
        mode: "update",
        original: { status: "scheduled", starts_at: "2026-11-02T00:00:00.000Z", ...original },
      }
      expect(fields(patch, ctx)).toContain(field)
    }
  )

  it("COUPON-17 the same code in another case is not a change", () => {
    const ctx: CouponValidationContext = { now: NOW, mode: "update", original: { status: "active", starts_at: BASE.starts_at, code: "WINTER-10" } }
    expect(fields({ code: "winter-10" }, ctx)).toEqual([])
  })
})

describe("relative validity (COUPON-7)", () => {
  it.each([
    [1, []],
    [365, []],
    [0, ["valid_days"]],
    [366, ["valid_days"]],
    [1.5, ["valid_days"]],
    [null, ["valid_days"]],
  ] as [number | null, string[]][])("COUPON-7 %p days", (valid_days, expected) => {
    expect(fields({ ...RELATIVE, valid_days })).toEqual(expected)
  })

  it("COUPON-7 relative validity is not allowed with a fixed code", () => {
    expect(check({ validity_type: "relative", valid_days: 10, starts_at: null, ends_at: null })).toEqual([
      { field: "validity_type", message: "One code for everyone needs start and end dates (a number of days from the send is for codes per customer)" },
    ])
  })

  it("COUPON-7 a relative coupon has no window", () => {
    expect(fields({ ...RELATIVE, starts_at: "2026-11-02T00:00:00.000Z", ends_at: "2026-12-01T00:00:00.000Z" })).toEqual([
      "starts_at",
      "ends_at",
    ])
  })

  it("COUPON-7 the valid_days message names the range and the value", () => {
    expect(check({ ...RELATIVE, valid_days: 366 })).toEqual([
      { field: "valid_days", message: "Enter a whole number of days from 1 to 365" },
    ])
  })
})

describe("benefit (COUPON-8, COUPON-11)", () => {
  it.each([
    [0, false],
    [1, true],
    [10, true],
    [99, true],
    [100, false],
    [12.5, false],
    [-5, false],
    [null, false],
  ])("COUPON-8 percent %p accepted = %p", (benefit_value, ok) => {
    expect(fields({ benefit_type: "percent", benefit_value })).toEqual(ok ? [] : ["benefit_value"])
  })

  it("COUPON-8 the percent message names the range and the value", () => {
    expect(check({ benefit_type: "percent", benefit_value: 100 })).toEqual([
      { field: "benefit_value", message: "Enter a whole percent from 1 to 99" },
    ])
  })

  it.each([
    ["fixed_amount", 0, "jpy", false],
    ["fixed_amount", 1, "jpy", true],
    ["fixed_amount", 99_999_999, "jpy", true],
    ["fixed_amount", 100_000_000, "jpy", false],
    ["fixed_amount", 9.99, "jpy", false],
    ["fixed_amount", 9.99, "eur", true],
    ["fixed_amount", 9.999, "eur", false],
    ["fixed_amount", 0.5, "eur", false],
    ["fixed_amount", 99_999_999.99, "eur", false],
    ["fixed_amount", -1, "jpy", false],
    ["fixed_amount", null, "jpy", false],
    ["fixed_amount", Number.NaN, "jpy", false],
    ["per_item_amount", 0, "jpy", false],
    ["per_item_amount", 1, "jpy", true],
    ["per_item_amount", 99_999_999, "jpy", true],
    ["per_item_amount", 100_000_000, "jpy", false],
    ["per_item_amount", 9.99, "jpy", false],
    ["per_item_amount", 9.99, "eur", true],
    ["per_item_amount", 9.999, "eur", false],
  ] as const)("COUPON-8 %s of %p %s accepted = %p", (benefit_type, benefit_value, currency_code, ok) => {
    const patch: Partial<CouponInput> = {
      benefit_type,
      benefit_value,
      currency_code,
      ...(benefit_type === "per_item_amount" ? { condition_type: "min_unit_price", condition_value: 10 } : {}),
    }
    expect(fields(patch)).toEqual(ok ? [] : ["benefit_value"])
  })

  it.each([
    [{ benefit_value: 0 }, "Enter an amount of at least ¥1"],
    [{ benefit_value: 100_000_000 }, "Enter an amount of at most ¥99,999,999"],
    [{ benefit_value: 9.99 }, "JPY amounts have no decimals: enter a whole amount"],
    [{ benefit_value: 9.999, currency_code: "eur" }, "EUR amounts have at most 2 decimals"],
    [{ benefit_value: null }, "The amount off must be a number from ¥1 to ¥99,999,999"],
    [{ benefit_value: 0, currency_code: "eur" }, "Enter an amount of at least €1.00"],
  ] as [Partial<CouponInput>, string][])("COUPON-8 amount message for %p", (patch, message) => {
    expect(check(patch)).toEqual([{ field: "benefit_value", message }])
  })

  it.each([
    ["free_shipping", { benefit_type: "free_shipping", benefit_value: 5 }, ["benefit_value"]],
    ["gift_product", { benefit_type: "gift_product", benefit_value: 5, gift_variant_id: "variant_01" }, ["benefit_value"]],
  ] as [string, Partial<CouponInput>, string[]][])("COUPON-8 a %s benefit has no value", (_label, patch, expected) => {
    expect(fields(patch)).toEqual(expected)
  })

  it("COUPON-8 a gift benefit needs the gift variant", () => {
    expect(check({ benefit_type: "gift_product", benefit_value: null })).toEqual([
      { field: "gift_variant_id", message: "Choose the gift product" },
    ])
  })

  it("COUPON-8 only gift coupons carry a gift variant", () => {
    expect(fields({ gift_variant_id: "variant_01" })).toEqual(["gift_variant_id"])
  })

  it("COUPON-8 free shipping is refused when one order may ship to several addresses", () => {
    const patch: Partial<CouponInput> = { benefit_type: "free_shipping", benefit_value: null }
    expect(check(patch, { ...CREATE, multiShipping: true })).toEqual([
      { field: "benefit_type", message: "Free shipping coupons are not allowed while the store lets one order ship to several addresses" },
    ])
    expect(check(patch, { ...CREATE, multiShipping: false })).toEqual([])
  })

  it.each([
    ["none", null, false],
    ["min_total", 3000, false],
    ["max_total", 3000, false],
    ["min_unit_price", 1000, true],
  ] as const)("COUPON-11 an amount per item with condition %s (%p) accepted = %p", (condition_type, condition_value, ok) => {
    const errors = check({ benefit_type: "per_item_amount", benefit_value: 100, condition_type, condition_value })
    expect(errors).toEqual(
      ok
        ? []
        : [
            {
              field: "condition_type",
              message: "An amount off per item needs the minimum unit price condition",
            },
          ]
    )
  })

  it.each([
    ['currency_code "ye"', { currency_code: "ye" }, ["currency_code"]],
    ['currency_code "jpy1"', { currency_code: "jpy1" }, ["currency_code"]],
    ['currency_code ""', { currency_code: "" }, ["currency_code"]],
    ['benefit_type "cashback"', { benefit_type: "cashback" as CouponInput["benefit_type"] }, ["benefit_type"]],
  ] as [string, Partial<CouponInput>, string[]][])("COUPON-8 an invalid %s is refused", (_label, patch, expected) => {
    expect(fields(patch)).toEqual(expected)
  })
})

describe("condition (COUPON-10)", () => {
  it.each([
    ["none", null, "jpy", true],
    ["none", 3000, "jpy", false],
    ["min_total", null, "jpy", false],
    ["min_total", 0, "jpy", false],
    ["min_total", 1, "jpy", true],
    ["min_total", 99_999_999, "jpy", true],
    ["min_total", 100_000_000, "jpy", false],
    ["min_total", 0.5, "jpy", false],
    ["min_total", 0.01, "eur", true],
    ["min_total", 0.001, "eur", false],
    ["max_total", 5000, "jpy", true],
    ["max_total", -1, "jpy", false],
    ["min_unit_price", 1000, "jpy", true],
    ["min_unit_price", 0, "jpy", false],
  ] as const)("COUPON-10 condition %s with %p %s accepted = %p", (condition_type, condition_value, currency_code, ok) => {
    expect(fields({ condition_type, condition_value, currency_code, benefit_value: 5 })).toEqual(ok ? [] : ["condition_value"])
  })

  it.each([
    [{ condition_type: "none", condition_value: 3000 }, "Without a condition there is no amount: leave it empty"],
    [{ condition_type: "min_total", condition_value: 0 }, "Enter an amount above ¥0"],
    [{ condition_type: "max_total", condition_value: "3000" }, "The maximum order total must be a number above ¥0, up to ¥99,999,999"],
    [{ condition_type: "min_unit_price", condition_value: 0.5 }, "JPY amounts have no decimals: enter a whole amount"],
  ] as [Partial<CouponInput>, string][])("COUPON-10 condition message for %p", (patch, message) => {
    expect(check(patch)).toEqual([{ field: "condition_value", message }])
  })
})

describe("target categories (COUPON-12)", () => {
  it.each([
    ["none (all products)", [], true],
    ["missing (all products)", undefined, true],
    ["1 category", ["pcat_1"], true],
    ["5 categories", ["a", "b", "c", "d", "e"], true],
    ["6 categories", ["a", "b", "c", "d", "e", "f"], false],
    ["a duplicate", ["a", "a"], false],
    ["an empty id", ["a", ""], false],
    ["a blank id", ["  "], false],
  ] as [string, string[] | undefined, boolean][])("COUPON-12 %s %j accepted = %p", (_label, category_ids, ok) => {
    expect(fields({ category_ids })).toEqual(ok ? [] : ["category_ids"])
  })

  it("COUPON-12 the message names the limit and the count", () => {
    expect(check({ category_ids: ["a", "b", "c", "d", "e", "f"] })).toEqual([
      { field: "category_ids", message: "Choose at most 5 categories (6 are chosen)" },
    ])
    expect(check({ category_ids: ["a", "a"] })).toEqual([
      { field: "category_ids", message: "A category is chosen more than once: choose each category once" },
    ])
  })
})

describe("usage limits (COUPON-13)", () => {
  const membersFixed: Partial<CouponInput> = { audience: "members_only" }
  const membersIndividual: Partial<CouponInput> = { ...INDIVIDUAL, audience: "members_only" }
  it.each([
    ["anyone + fixed, no limit", true, {}, null],
    ["anyone + fixed, limit 1", false, {}, 1],
    ["members_only + fixed, missing", false, membersFixed, null],
    ["members_only + fixed, 0", false, membersFixed, 0],
    ["members_only + fixed, 1", true, membersFixed, 1],
    ["members_only + fixed, 100", true, membersFixed, 100],
    ["members_only + fixed, 101", false, membersFixed, 101],
    ["members_only + fixed, 2.5", false, membersFixed, 2.5],
    ["members_only + individual, missing", true, membersIndividual, null],
    ["members_only + individual, 1", true, membersIndividual, 1],
    ["members_only + individual, 2", false, membersIndividual, 2],
    ["all_customers + individual, 5", false, INDIVIDUAL, 5],
  ] as [string, boolean, Partial<CouponInput>, number | null][])("COUPON-13 %s accepted = %p", (_label, ok, patch, per_customer_limit) => {
    expect(fields({ ...patch, per_customer_limit })).toEqual(ok ? [] : ["per_customer_limit"])
  })

  it.each([
    [{ per_customer_limit: 3 }, "A code for anyone cannot have a limit per customer: leave it empty"],
    [{ ...membersFixed, per_customer_limit: 101 }, "Enter a whole number of uses per customer from 1 to 100"],
    [{ ...membersFixed, per_customer_limit: null }, "A members-only code needs a limit per customer: enter a whole number from 1 to 100"],
    [{ ...INDIVIDUAL, per_customer_limit: 2 }, "A code per customer can be used once, so the limit per customer must be 1 or empty"],
  ] as [Partial<CouponInput>, string][])("COUPON-13 limit message for %p", (patch, message) => {
    expect(check(patch)).toEqual([{ field: "per_customer_limit", message }])
  })

  it.each([
    [null, true],
    [1, true],
    [1_000_000, true],
    [2_147_483_647, true],
    [2_147_483_648, false],
    [0, false],
    [-1, false],
    [1.5, false],
  ])("COUPON-13 a total limit of %p accepted = %p", (total_limit, ok) => {
    expect(fields({ total_limit })).toEqual(ok ? [] : ["total_limit"])
  })
})

describe("all problems at once (COUPON-4 … COUPON-13)", () => {
  it("COUPON-4..13 every problem is reported, each with its field, in field order", () => {
    const errors = check({
      name: "",
      audience: "segment",
      code: "ABC",
      starts_at: "2026-11-01T00:30:00.000Z",
      ends_at: "2026-11-01T00:45:00.000Z",
      benefit_type: "percent",
      benefit_value: 100,
      condition_type: "min_total",
      condition_value: 0,
      category_ids: ["a", "b", "c", "d", "e", "f"],
      per_customer_limit: 5,
      total_limit: 0,
    })
    expect(errors.map((e) => e.field)).toEqual([
      "name",
      "code_mode",
      "code",
      "customer_group_id",
      "starts_at",
      "ends_at",
      "benefit_value",
      "condition_value",
      "category_ids",
      "total_limit",
    ])
    expect(errors.every((e) => e.message.length > 0)).toBe(true)
  })

  it("COUPON-4..13 formatCouponErrors gives one `field: message` line per problem", () => {
    expect(
      formatCouponErrors([
        { field: "benefit_value", message: "The percent off must be an integer between 1 and 99, got 100" },
        { field: "name", message: "Name must be at most 100 characters, got 101" },
      ])
    ).toBe("benefit_value: The percent off must be an integer between 1 and 99, got 100\nname: Name must be at most 100 characters, got 101")
  })
})

describe("at most 100 live coupons (COUPON-14)", () => {
  it.each([
    [0, null],
    [99, null],
    [100, "At most 100 coupons can be scheduled or active at once (100 already are)"],
    [150, "At most 100 coupons can be scheduled or active at once (150 already are)"],
  ])("COUPON-14 with %i live coupons, another one → %p", (live, answer) => {
    expect(assertLiveCouponCapacity(live)).toBe(answer)
  })
})

describe("date-time input (COUPON-7)", () => {
  it.each([
    ["2026-11-02T00:00:00.000Z", "2026-11-02T00:00:00.000Z"],
    ["2026-11-02T00:00Z", "2026-11-02T00:00:00.000Z"],
    ["2026-11-02T09:00:00+09:00", "2026-11-02T00:00:00.000Z"],
    ["2026-11-01T19:00:00-05:00", "2026-11-02T00:00:00.000Z"],
    ["2028-02-29T00:00:00Z", "2028-02-29T00:00:00.000Z"],
    ["2026-02-29T00:00:00Z", null],
    ["2026-13-01T00:00:00Z", null],
    ["2026-11-02T24:00:00Z", null],
    ["2026-11-02T10:00:00", null],
    ["2026-11-02", null],
    ["02/11/2026 10:00", null],
    [12345, null],
  ] as [unknown, string | null][])("COUPON-7 parseCouponDateTime(%p) = %p", (value, expected) => {
    expect(parseCouponDateTime(value)?.toISOString() ?? null).toBe(expected)
  })
})

describe("messages in a merchant's words", () => {
  const TOKYO: CouponValidationContext = { now: NOW, mode: "create", timeZone: "Asia/Tokyo" }

  it("dates are shown in the store's time zone, the earliest allowed minute rounded up", () => {
    // NOW is 09:00 in Tokyo; a start 1 h − 1 ms ahead is refused naming 10:00 Tokyo time.
    expect(check({ starts_at: iso(NOW.getTime() + HOUR - 1) }, TOKYO)).toEqual([
      { field: "starts_at", message: "The coupon must start at 10:00 (Asia/Tokyo) or later — 1 hour from now" },
    ])
    expect(check({ starts_at: "2026-12-02T07:00:00.000Z", ends_at: "2026-12-02T07:30:00.000Z" }, { ...TOKYO, now: new Date("2026-11-15T00:00:00Z") })).toEqual([
      { field: "ends_at", message: "The coupon must end at least 1 hour after it starts: 2 Dec 2026, 17:00 (Asia/Tokyo) or later" },
    ])
    // An end 1 h after a start with seconds: the minute shown is allowed.
    expect(check({ starts_at: "2026-11-02T00:00:30.000Z", ends_at: "2026-11-02T00:30:00.000Z" }, TOKYO)).toEqual([
      { field: "ends_at", message: "The coupon must end at least 1 hour after it starts: 2 Nov 2026, 10:01 (Asia/Tokyo) or later" },
    ])
  })

  it.each([
    ["audience", { audience: "members_only", per_customer_limit: 1 }, { audience: "anyone" }, "Who can use the coupon cannot be changed once the coupon is created (it is anyone)"],
    ["code_mode", INDIVIDUAL, { code_mode: "fixed", audience: "all_customers" }, "The kind of code cannot be changed once the coupon is created (it is one code for everyone)"],
    ["validity_type", RELATIVE, { validity_type: "window" }, "The kind of validity cannot be changed once the coupon is created (it is start and end dates)"],
    ["currency_code", {}, { currency_code: "eur" }, "The currency cannot be changed once the coupon is created (it is EUR)"],
    ["code", {}, { code: "other-code" }, "The code cannot be changed once the coupon is created (it is OTHER-CODE)"],
  ] as [string, Partial<CouponInput>, Record<string, string>, string][])(
    "COUPON-17 a changed %s is refused in words",
    (field, patch, original, message) => {
      const ctx: CouponValidationContext = { now: NOW, mode: "update", original: { status: "scheduled", starts_at: BASE.starts_at, ...original } }
      expect(check(patch, ctx)).toContainEqual({ field, message })
    }
  )

  it.each([
    [{ total_limit: 0 }, "Enter a whole number of uses of at least 1, or leave it empty for no limit"],
    [{ total_limit: 2_147_483_648 }, "That is more uses than the store can count: leave it empty for no limit"],
  ] as [Partial<CouponInput>, string][])("the total limit message for %p", (patch, message) => {
    expect(check(patch)).toEqual([{ field: "total_limit", message }])
  })

  /** Every refusal the rules can give, from a spread of bad inputs. */
  const BAD: [Partial<CouponInput>, CouponValidationContext?][] = [
    [{ name: "", audience: "segment", code: "ABC", starts_at: "2026-11-01T00:30:00.000Z", ends_at: "2026-11-01T00:45:00.000Z" }],
    [{ audience: "nobody" as never, code_mode: "both" as never, validity_type: "forever" as never }],
    [{ ...INDIVIDUAL, code: "MINE", customer_group_id: "cusgroup_01", per_customer_limit: 2 }],
    [{ validity_type: "relative", valid_days: 0, starts_at: "2026-11-02T00:00:00Z", ends_at: "2026-11-03T00:00:00Z" }],
    [{ valid_days: 3, starts_at: "2026-12-01T00:00:00.001Z", ends_at: "2040-01-01T00:00:00Z" }],
    [{ starts_at: "tomorrow", ends_at: null }],
    [{ benefit_type: "gift_product", benefit_value: 3 }],
    [{ benefit_type: "free_shipping", benefit_value: 3, gift_variant_id: "variant_01" }, { now: NOW, mode: "create", multiShipping: true }],
    [{ benefit_type: "per_item_amount", benefit_value: 0.5, condition_type: "max_total", condition_value: -1 }],
    [{ benefit_type: "percent", benefit_value: 0, currency_code: "yen!", condition_type: "none", condition_value: 5 }],
    [{ benefit_type: "bogus" as never, condition_type: "bogus" as never }],
    [{ category_ids: ["a", "a", "", "b", "c", "d"] }],
    [{ category_ids: "pcat_1" as never }],
    [{ audience: "members_only", per_customer_limit: 0, total_limit: 2_147_483_648 }],
    [{ starts_at: "2026-11-09T00:00:00.000Z" }, { now: NOW, mode: "update", original: { starts_at: "2026-11-10T00:00:00.000Z", status: "active" } }],
    [{ audience: "anyone", code_mode: "individual", code: null }],
  ]
  it.each(BAD)("no ISO timestamp, internal name or raw value in the refusals of %p", (patch, ctx = { now: NOW, mode: "create" }) => {
    const errors = check(patch, ctx)
    expect(errors.length).toBeGreaterThan(0)
    for (const { message } of errors) {
      expect(message).not.toMatch(/\d{4}-\d{2}-\d{2}T/) // ISO timestamps
      expect(message).not.toMatch(/\b[a-z]+_[a-z_]+\b/) // snake_case names: gift_variant_id, condition_value, members_only…
      expect(message).not.toMatch(/\bgot\b/)
      expect(message).not.toMatch(/2,147,483,647|2147483647|\bnull\b|undefined|NaN/)
    }
  })
})

describe("the earliest start is the option coupons.min_start_lead_minutes (COUPON-7)", () => {
  const MINUTE = 60 * 1000
  // NOW is 2026-11-01 00:00 UTC = 09:00 in Tokyo.
  it.each([
    [0, -1, "The coupon cannot start in the past: choose 09:00 (Asia/Tokyo) or later"],
    [0, 0, null],
    [60, 60 * MINUTE - 1, "The coupon must start at 10:00 (Asia/Tokyo) or later — 1 hour from now"],
    [60, 60 * MINUTE, null],
    [1440, 1440 * MINUTE - 1, "The coupon must start at 2 Nov 2026, 09:00 (Asia/Tokyo) or later — 1 day from now"],
    [1440, 1440 * MINUTE, null],
    [90, 30 * MINUTE, "The coupon must start at 10:30 (Asia/Tokyo) or later — 90 minutes from now"],
  ] as [number, number, string | null][])("lead %i min, start now + %i ms → %p", (lead, offset, message) => {
    const ctx: CouponValidationContext = { now: NOW, mode: "create", timeZone: "Asia/Tokyo", minStartLeadMinutes: lead }
    const start = NOW.getTime() + offset
    const errors = check({ starts_at: iso(start), ends_at: iso(start + 48 * HOUR) }, ctx)
    expect(errors).toEqual(message ? [{ field: "starts_at", message }] : [])
  })

  it("a lead given neither way defaults to 1 hour", () => {
    expect(fields({ starts_at: iso(NOW.getTime() + HOUR - 1) })).toEqual(["starts_at"])
    expect(fields({ starts_at: iso(NOW.getTime() + HOUR) })).toEqual([])
  })

  it("the lead also applies when a scheduled coupon's start moves, not to an active one's", () => {
    const original = { starts_at: "2026-11-05T00:00:00.000Z", status: "scheduled" as const }
    const day: CouponValidationContext = { now: new Date("2026-11-04T00:00:00.000Z"), mode: "update", original, minStartLeadMinutes: 1440 * 2 }
    expect(fields({ starts_at: "2026-11-05T12:00:00.000Z" }, day)).toEqual(["starts_at"])
    expect(fields({ starts_at: "2026-11-05T12:00:00.000Z" }, { ...day, original: { ...original, status: "active" } })).toEqual([])
  })
})
