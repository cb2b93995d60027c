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
    expect(check({ name: "N".repeat(101) })).toEqual([{ field: "name", message: "Name must be at most 100 characters, got 101" }])
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
      message: "Individual codes are only possible for the audiences all_customers, segment and members_only, got anyone",
    })
    expect(check({ audience: "segment", customer_group_id: "cusgroup_01" })).toContainEqual({
      field: "code_mode",
      message: "A fixed code is only possible for the audiences anyone and members_only, got segment",
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
    ["ABC$", 'Code must be 4–50 characters of A–Z, 0–9, "-" and "_", got "ABC$"'],
    ["ABC", 'Code must be 4–50 characters of A–Z, 0–9, "-" and "_", got "ABC" (3 characters)'],
    ["A".repeat(51), `Code must be 4–50 characters of A–Z, 0–9, "-" and "_", got "${"A".repeat(51)}" (51 characters)`],
  ])("COUPON-5 the message for %p names the rule and the value", (code, message) => {
    expect(check({ code })).toEqual([{ field: "code", message }])
  })

  it("COUPON-5 individual-code coupons must not carry a code", () => {
    expect(check({ ...INDIVIDUAL, code: "MINE" })).toEqual([
      { field: "code", message: 'Individual codes are generated per customer, so code must be empty, got "MINE"' },
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
      "The start must be at least 1 hour from now (2026-11-01T01:00:00.000Z or later), got 2026-11-01T00:59:59.999Z",
    ],
    [
      { starts_at: "2026-12-01T00:00:00.001Z" },
      "The start must be at most 1 month from now (2026-12-01T00:00:00.000Z or earlier), got 2026-12-01T00:00:00.001Z",
    ],
    [{ starts_at: "2026-11-02" }, 'The start must be an ISO 8601 date-time with a time zone offset, got "2026-11-02"'],
    [{ starts_at: null }, "A window coupon needs a start (starts_at)"],
  ] as [Partial<CouponInput>, string][])("COUPON-7 start message: %p", (patch, message) => {
    expect(check(patch)).toEqual([{ field: "starts_at", message }])
  })

  it.each([
    [
      { ends_at: "2026-11-02T00:59:59.999Z" },
      "End must be at least 1 hour after the start (2026-11-02T01:00:00.000Z or later), got 2026-11-02T00:59:59.999Z",
    ],
    [
      { ends_at: "2036-11-02T00:00:00.001Z" },
      "End must be at most 120 months after the start (2036-11-02T00:00:00.000Z or earlier), got 2036-11-02T00:00:00.001Z",
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
        message: "The start can only move later than the original start (2026-11-10T00:00:00.000Z or later), got 2026-11-09T00:00:00.000Z",
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
      { field: "validity_type", message: "Relative validity (N days from the send) is not allowed with fixed codes" },
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
      { field: "valid_days", message: "Valid days must be an integer between 1 and 365, got 366" },
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
      { field: "benefit_value", message: "The percent off must be an integer between 1 and 99, got 100" },
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
    [{ benefit_value: 0 }, "The amount off must be between 1 and 99,999,999, got 0"],
    [{ benefit_value: 100_000_000 }, "The amount off must be between 1 and 99,999,999, got 100000000"],
    [{ benefit_value: 9.99 }, "The amount off must have at most 0 decimals in JPY, got 9.99"],
    [{ benefit_value: 9.999, currency_code: "eur" }, "The amount off must have at most 2 decimals in EUR, got 9.999"],
    [{ benefit_value: null }, "The amount off must be a number between 1 and 99,999,999, got null"],
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
      { field: "gift_variant_id", message: "A gift_product benefit needs the gift's product variant (gift_variant_id)" },
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
              message: `An amount off per item (per_item_amount) requires the unit-price condition (min_unit_price), got "${condition_type}"`,
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
    [{ condition_type: "none", condition_value: 3000 }, "Condition none has no amount, got 3000"],
    [{ condition_type: "min_total", condition_value: 0 }, "The condition amount must be greater than 0 and at most 99,999,999, got 0"],
    [{ condition_type: "min_unit_price", condition_value: 0.5 }, "The minimum unit price must have at most 0 decimals in JPY, got 0.5"],
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
      { field: "category_ids", message: "At most 5 categories, got 6" },
    ])
    expect(check({ category_ids: ["a", "a"] })).toEqual([
      { field: "category_ids", message: 'Categories must be unique, "a" appears more than once' },
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
    [{ per_customer_limit: 3 }, "A fixed code for anyone cannot have a per-customer limit, so per_customer_limit must be empty, got 3"],
    [{ ...membersFixed, per_customer_limit: 101 }, "The per-customer limit must be an integer between 1 and 100, got 101"],
    [{ ...membersFixed, per_customer_limit: null }, "A members-only fixed code needs a per-customer limit between 1 and 100"],
    [{ ...INDIVIDUAL, per_customer_limit: 2 }, "Individual codes can be used once per customer, so per_customer_limit must be 1 or empty, got 2"],
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
