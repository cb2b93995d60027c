import {
  CouponForEvaluation,
  allocateProportionally,
  evaluateCoupon,
  isItemEligible,
} from "../../domain/coupons/discount"
import { CouponCartItem } from "../../../../types/coupons"

const coupon = (patch: Partial<CouponForEvaluation> = {}): CouponForEvaluation => ({
  benefit_type: "fixed_amount",
  benefit_value: 500,
  condition_type: "none",
  condition_value: null,
  category_ids: [],
  currency_code: "jpy",
  ...patch,
})

let seq = 0
const item = (unit_price: number, quantity = 1, patch: Partial<CouponCartItem> = {}): CouponCartItem => ({
  id: patch.id ?? `item_${++seq}`,
  product_id: "prod_1",
  category_ids: [],
  unit_price,
  quantity,
  ...patch,
})

/** A small deterministic PRNG (mulberry32) for generated carts. */
function prng(seed: number) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe("eligible items (COUPON-10, COUPON-12)", () => {
  it.each([
    ["a plain item, no category filter", true, coupon(), item(1000)],
    ["a subscription item", false, coupon(), item(1000, 1, { is_subscription: true })],
    ["a coupon's gift line", false, coupon(), item(0, 1, { is_gift: true })],
    ["an item in a target category", true, coupon({ category_ids: ["pcat_shoes"] }), item(1000, 1, { category_ids: ["pcat_shoes"] })],
    ["an item in a descendant (ancestors listed)", true, coupon({ category_ids: ["pcat_shoes"] }), item(1000, 1, { category_ids: ["pcat_sneakers", "pcat_shoes"] })],
    ["an item outside the categories", false, coupon({ category_ids: ["pcat_shoes"] }), item(1000, 1, { category_ids: ["pcat_hats"] })],
    ["an item without categories under a category filter", false, coupon({ category_ids: ["pcat_shoes"] }), item(1000)],
    ["a subscription item in a target category", false, coupon({ category_ids: ["pcat_shoes"] }), item(1000, 1, { category_ids: ["pcat_shoes"], is_subscription: true })],
    ["unit price exactly the minimum", true, coupon({ condition_type: "min_unit_price", condition_value: 1000 }), item(1000)],
    ["unit price ¥1 below the minimum", false, coupon({ condition_type: "min_unit_price", condition_value: 1000 }), item(999)],
    ["€9.99 against a €10.00 minimum", false, coupon({ currency_code: "eur", condition_type: "min_unit_price", condition_value: 10 }), item(9.99)],
    ["€10.00 against a €10.00 minimum", true, coupon({ currency_code: "eur", condition_type: "min_unit_price", condition_value: 10 }), item(10)],
    ["a negative price", false, coupon(), item(-5)],
  ] as [string, boolean, CouponForEvaluation, CouponCartItem][])("COUPON-10/12 %s → eligible %p", (_label, eligible, c, it_) => {
    expect(isItemEligible(c, it_)).toBe(eligible)
  })
})

describe("conditions on the eligible total (COUPON-10, COUPON-33)", () => {
  it.each([
    ["min ¥3,000, eligible exactly ¥3,000", "min_total", 3000, [item(1000, 3)], true, undefined, undefined],
    ["min ¥3,000, eligible ¥2,999", "min_total", 3000, [item(2999)], false, "below_minimum", 1],
    ["min ¥3,000, eligible ¥2,500 + an ineligible ¥5,000", "min_total", 3000, [item(2500), item(5000, 1, { is_subscription: true })], false, "below_minimum", 500],
    ["max ¥3,000, eligible exactly ¥3,000", "max_total", 3000, [item(3000)], true, undefined, undefined],
    ["max ¥3,000, eligible ¥3,001", "max_total", 3000, [item(3001)], false, "above_maximum", undefined],
    ["max ¥3,000, ineligible items do not count", "max_total", 3000, [item(1000), item(9000, 1, { is_subscription: true })], true, undefined, undefined],
    ["none", "none", null, [item(1)], true, undefined, undefined],
  ] as const)("COUPON-10 %s", (_label, condition_type, condition_value, items, applicable, reason, missing) => {
    const result = evaluateCoupon(coupon({ condition_type, condition_value }), [...items])
    expect(result.applicable).toBe(applicable)
    expect(result.reason).toBe(reason)
    expect(result.missing_amount).toBe(missing)
    if (!applicable) {
      expect(result.discount_total).toBe(0)
      expect(Object.values(result.item_discounts).every((d) => d === 0)).toBe(true)
    }
  })

  it("COUPON-33 the missing amount is exact in cents (€50 minimum, €33.33 + €16.66 eligible → €0.01 missing)", () => {
    const result = evaluateCoupon(coupon({ currency_code: "eur", benefit_value: 5, condition_type: "min_total", condition_value: 50 }), [
      item(33.33),
      item(16.66),
    ])
    expect(result).toMatchObject({ applicable: false, reason: "below_minimum", missing_amount: 0.01, eligible_total: 49.99 })
  })

  it.each([
    ["an empty cart", []],
    ["only subscription items", [item(1000, 1, { is_subscription: true })]],
    ["only items outside the categories", [item(1000, 1, { category_ids: ["pcat_hats"] })]],
  ] as [string, CouponCartItem[]][])("COUPON-12 %s → no_eligible_items", (_label, items) => {
    const result = evaluateCoupon(coupon({ category_ids: ["pcat_shoes"] }), items)
    expect(result).toEqual({
      eligible_item_ids: [],
      eligible_total: 0,
      applicable: false,
      item_discounts: {},
      discount_total: 0,
      free_shipping: false,
      reason: "no_eligible_items",
    })
  })

  it("COUPON-12 subscription items are never eligible, with any benefit", () => {
    for (const benefit_type of ["fixed_amount", "percent", "per_item_amount", "free_shipping", "gift_product"] as const) {
      const result = evaluateCoupon(
        coupon({ benefit_type, benefit_value: 10, condition_type: "min_unit_price", condition_value: 1 }),
        [item(1000, 1, { id: "sub", is_subscription: true }), item(1000, 1, { id: "plain" })]
      )
      expect(result.eligible_item_ids).toEqual(["plain"])
      expect(result.item_discounts).not.toHaveProperty("sub")
    }
  })

  it("COUPON-12 lines with quantity 0 are ignored", () => {
    const result = evaluateCoupon(coupon(), [item(1000, 0, { id: "gone" }), item(1000, 1, { id: "kept" })])
    expect(result.eligible_item_ids).toEqual(["kept"])
  })
})

describe("fixed amount off (COUPON-8)", () => {
  it.each([
    ["¥500 off ¥3,000", 500, [item(3000)], 500],
    ["¥5,000 off a ¥3,000 eligible cart → ¥3,000", 5000, [item(1000, 1), item(2000, 1)], 3000],
    ["¥3,000 off exactly ¥3,000", 3000, [item(3000)], 3000],
    ["¥500 off, only eligible items count", 500, [item(300), item(9000, 1, { is_gift: true })], 300],
  ] as [string, number, CouponCartItem[], number][])("COUPON-8 %s", (_label, benefit_value, items, total) => {
    const result = evaluateCoupon(coupon({ benefit_value }), items)
    expect(result.applicable).toBe(true)
    expect(result.discount_total).toBe(total)
    expect(Object.values(result.item_discounts).reduce((a, b) => a + b, 0)).toBe(total)
  })

  it("COUPON-8 an amount larger than the eligible total brings every eligible line to exactly 0, never below", () => {
    const result = evaluateCoupon(coupon({ benefit_value: 5000 }), [
      item(1000, 1, { id: "a" }),
      item(500, 4, { id: "b" }),
      item(800, 1, { id: "c", category_ids: [], is_subscription: true }),
    ])
    expect(result.item_discounts).toEqual({ a: 1000, b: 2000 })
    expect(result.discount_total).toBe(3000)
  })

  it("COUPON-8 ¥100 across three equal ¥1,000 lines → 34 + 33 + 33 (the remainder to the first)", () => {
    const result = evaluateCoupon(coupon({ benefit_value: 100 }), [
      item(1000, 1, { id: "a" }),
      item(1000, 1, { id: "b" }),
      item(1000, 1, { id: "c" }),
    ])
    expect(result.item_discounts).toEqual({ a: 34, b: 33, c: 33 })
    expect(result.discount_total).toBe(100)
  })

  it("COUPON-8 the remainder goes to the largest fractional parts (¥100 over ¥1,000 / ¥2,000 / ¥4,000)", () => {
    // Exact shares 14.29 / 28.57 / 57.14: floors 14 + 28 + 57 = 99; the 1 left goes to b (.57).
    const result = evaluateCoupon(coupon({ benefit_value: 100 }), [
      item(1000, 1, { id: "a" }),
      item(2000, 1, { id: "b" }),
      item(4000, 1, { id: "c" }),
    ])
    expect(result.item_discounts).toEqual({ a: 14, b: 29, c: 57 })
  })

  it("COUPON-8 €10 off three EUR lines is allocated in cents and sums exactly", () => {
    const result = evaluateCoupon(coupon({ currency_code: "eur", benefit_value: 10 }), [
      item(19.99, 1, { id: "a" }),
      item(5.01, 3, { id: "b" }),
      item(0.1, 7, { id: "c" }),
    ])
    // Lines: 1999 + 1503 + 70 = 3572 cents. Shares: 559.63 / 420.77 / 19.60 → 559 + 420 + 19 = 998;
    // the 2 cents left go to the largest fractions: b (.77), then a (.63).
    expect(result.eligible_total).toBe(35.72)
    expect(result.item_discounts).toEqual({ a: 5.6, b: 4.21, c: 0.19 })
    expect(result.discount_total).toBe(10)
  })
})

describe("percent off (COUPON-8: rounded down to the smallest unit)", () => {
  it.each([
    ["10% of ¥1,999 = ¥199", "jpy", 10, [item(1999)], 199],
    ["15% of €33.33 = €4.99", "eur", 15, [item(33.33)], 4.99],
    ["10% of €19.99 = €1.99", "eur", 10, [item(19.99)], 1.99],
    ["99% of ¥1 = ¥0", "jpy", 99, [item(1)], 0],
    ["1% of ¥99 = ¥0", "jpy", 1, [item(99)], 0],
    ["1% of ¥100 = ¥1", "jpy", 1, [item(100)], 1],
    ["33% of 3 × €33.33 = €32.99", "eur", 33, [item(33.33, 3)], 32.99],
    ["10% of KWD 1.999 = KWD 0.199", "kwd", 10, [item(1.999)], 0.199],
    ["50% of ¥99,999,999 × 100", "jpy", 50, [item(99_999_999, 100)], 4_999_999_950],
  ] as [string, string, number, CouponCartItem[], number][])("COUPON-8 %s", (_label, currency_code, p, items, total) => {
    const result = evaluateCoupon(coupon({ benefit_type: "percent", benefit_value: p, currency_code }), items)
    expect(result.discount_total).toBe(total)
  })

  it("COUPON-8 10% of three ¥333 lines: the rounded-down total ¥99 is split 33 + 33 + 33, not rounded per line", () => {
    const result = evaluateCoupon(coupon({ benefit_type: "percent", benefit_value: 10 }), [
      item(333, 1, { id: "a" }),
      item(333, 1, { id: "b" }),
      item(333, 1, { id: "c" }),
    ])
    expect(result.discount_total).toBe(99)
    expect(result.item_discounts).toEqual({ a: 33, b: 33, c: 33 })
  })

  it("COUPON-8 15% of ¥1,000 + ¥1,001 + ¥999: total ¥450 exactly, split by largest remainder", () => {
    const result = evaluateCoupon(coupon({ benefit_type: "percent", benefit_value: 15 }), [
      item(1000, 1, { id: "a" }),
      item(1001, 1, { id: "b" }),
      item(999, 1, { id: "c" }),
    ])
    // Shares 150 / 150.15 / 149.85 → floors 150 + 150 + 149 = 449; the 1 left goes to c (.85).
    expect(result.item_discounts).toEqual({ a: 150, b: 150, c: 150 })
    expect(result.discount_total).toBe(450)
  })
})

describe("amount per item (COUPON-8, COUPON-11)", () => {
  const perItem = (benefit_value: number, condition_value: number, currency_code = "jpy") =>
    coupon({ benefit_type: "per_item_amount", benefit_value, condition_type: "min_unit_price", condition_value, currency_code })

  it.each([
    ["¥100 × 3 of a ¥1,000 item", perItem(100, 1000), [item(1000, 3, { id: "a" })], { a: 300 }, 300],
    ["¥100 per item, one line below the unit-price minimum", perItem(100, 1000), [item(1000, 2, { id: "a" }), item(999, 5, { id: "b" })], { a: 200 }, 200],
    ["¥500 per item on a ¥300 item: capped at the line", perItem(500, 100), [item(300, 2, { id: "a" })], { a: 600 }, 600],
    ["¥500 per item on ¥300 and ¥800 items", perItem(500, 100), [item(300, 1, { id: "a" }), item(800, 2, { id: "b" })], { a: 300, b: 1000 }, 1300],
    ["€1.10 per item × 3 on €9.99", perItem(1.1, 5, "eur"), [item(9.99, 3, { id: "a" })], { a: 3.3 }, 3.3],
  ] as [string, CouponForEvaluation, CouponCartItem[], Record<string, number>, number][])(
    "COUPON-8 %s",
    (_label, c, items, discounts, total) => {
      const result = evaluateCoupon(c, items)
      expect(result.item_discounts).toEqual(discounts)
      expect(result.discount_total).toBe(total)
    }
  )
})

describe("free shipping (COUPON-8)", () => {
  const freeShipping = (patch: Partial<CouponForEvaluation> = {}) =>
    coupon({ benefit_type: "free_shipping", benefit_value: null, category_ids: ["pcat_food"], ...patch })
  const food = (id: string, price = 1000) => item(price, 1, { id, category_ids: ["pcat_food"] })

  it.each([
    ["every item eligible", [food("a"), food("b")], true, undefined],
    ["one item outside the categories", [food("a"), item(500, 1, { id: "x", category_ids: ["pcat_toys"] })], false, "not_all_items_eligible"],
    ["one subscription item", [food("a"), item(500, 1, { id: "s", category_ids: ["pcat_food"], is_subscription: true })], false, "not_all_items_eligible"],
    ["a gift line does not count", [food("a"), item(0, 1, { id: "g", is_gift: true })], true, undefined],
    ["no eligible item", [item(500, 1, { id: "x" })], false, "no_eligible_items"],
  ] as [string, CouponCartItem[], boolean, string | undefined][])("COUPON-8 free shipping with %s", (_label, items, free, reason) => {
    const result = evaluateCoupon(freeShipping(), items)
    expect(result.free_shipping).toBe(free)
    expect(result.applicable).toBe(free)
    expect(result.reason).toBe(reason)
    expect(result.discount_total).toBe(0)
  })

  it("COUPON-8 free shipping with an item under the unit-price minimum is refused", () => {
    const result = evaluateCoupon(freeShipping({ category_ids: [], condition_type: "min_unit_price", condition_value: 1000 }), [
      item(1000),
      item(999),
    ])
    expect(result).toMatchObject({ free_shipping: false, applicable: false, reason: "not_all_items_eligible" })
  })

  it("COUPON-8 free shipping still needs the minimum total", () => {
    const result = evaluateCoupon(freeShipping({ condition_type: "min_total", condition_value: 3000 }), [food("a", 2000)])
    expect(result).toMatchObject({ free_shipping: false, applicable: false, reason: "below_minimum", missing_amount: 1000 })
  })
})

describe("gift product (COUPON-8)", () => {
  it.each([
    ["no condition", true, "none", null],
    ["minimum met", true, "min_total", 1000],
    ["minimum not met", false, "min_total", 5000],
  ] as const)("COUPON-8 a gift coupon with %s applies = %p, discounting nothing", (_label, applicable, condition_type, condition_value) => {
    const result = evaluateCoupon(coupon({ benefit_type: "gift_product", benefit_value: null, condition_type, condition_value }), [
      item(2000, 1, { id: "a" }),
    ])
    expect(result.applicable).toBe(applicable)
    expect(result.item_discounts).toEqual({ a: 0 })
    expect(result.discount_total).toBe(0)
    expect(result.free_shipping).toBe(false)
  })
})

describe("allocation properties (COUPON-8)", () => {
  it("COUPON-8 for 2,000 generated carts, parts sum exactly to the discount and stay within [0, line total]", () => {
    const random = prng(42)
    const failures: string[] = []
    for (let cart = 0; cart < 2000; cart++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 8) }, (_, i) => ({
        id: `l${i}`,
        total: Math.floor(random() * 100_000),
      }))
      const grand = lines.reduce((s, l) => s + l.total, 0)
      const discount = Math.floor(random() * (grand + 1))
      const parts = allocateProportionally(discount, lines)
      const sum = [...parts.values()].reduce((a, b) => a + b, 0)
      const outOfRange = lines.some((l) => (parts.get(l.id) ?? -1) < 0 || (parts.get(l.id) ?? 0) > l.total)
      if (sum !== discount || outOfRange || parts.size !== lines.length) {
        failures.push(`cart ${cart}: ${JSON.stringify(lines)} − ${discount} → ${JSON.stringify([...parts])}`)
      }
    }
    expect(failures).toEqual([])
  })

  it("COUPON-8 allocation is exact beyond 2^53 (¥99,999,999 off lines of ¥99,999,999 × 1,000)", () => {
    const lines = [
      { id: "a", total: 99_999_999_000 },
      { id: "b", total: 99_999_999_000 },
      { id: "c", total: 1 },
    ]
    const parts = allocateProportionally(99_999_999, lines)
    expect([...parts.values()].reduce((a, b) => a + b, 0)).toBe(99_999_999)
    expect(parts.get("c")).toBe(0)
  })

  it.each([
    ["a zero discount", 0, [{ id: "a", total: 100 }], { a: 0 }],
    ["zero-total lines", 50, [{ id: "a", total: 0 }, { id: "b", total: 0 }], { a: 0, b: 0 }],
    ["a discount above the total is capped", 500, [{ id: "a", total: 100 }, { id: "b", total: 300 }], { a: 100, b: 300 }],
  ] as [string, number, { id: string; total: number }[], Record<string, number>][])("COUPON-8 allocation with %s", (_label, discount, lines, expected) => {
    expect(Object.fromEntries(allocateProportionally(discount, lines))).toEqual(expected)
  })
})
