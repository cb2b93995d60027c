import {
  deeperThanFreeRival,
  depositNumber,
  earnedPoints,
  pointsBasis,
  rivalMessage,
  validateDeposit,
  validateOfferInput,
} from "../../domain/points"
import { DEFAULT_EXCHANGE_DENOMINATIONS } from "../../../../types/points"

const free = (amount: number, threshold: number, id = "cpn_free") => ({ id, name: `${threshold}-${amount}`, amount, threshold, currency_code: "jpy" })

describe("POINTS-2 earning", () => {
  it.each([
    [1999, 19],
    [100, 1],
    [99, 0],
    [0, 0],
    [-5, 0],
    [Number.NaN, 0],
    [100000, 1000],
  ])("1 point per ¥100: ¥%d earns %d", (total, points) => {
    expect(earnedPoints(total, { points: 1, per_amount: 100 })).toBe(points)
  })

  it("works in cents for fractional currencies (€0.3 × 10 points per €0.1 is 30, not 29)", () => {
    expect(earnedPoints(0.3, { points: 10, per_amount: 0.1 })).toBe(30)
    expect(earnedPoints(19.99, { points: 1, per_amount: 1 })).toBe(19)
  })

  it("COUPON-3 basis after or before the coupon discount", () => {
    expect(pointsBasis(5000, 500, "after_discount")).toBe(4500)
    expect(pointsBasis(5000, 500, "before_discount")).toBe(5000)
    expect(pointsBasis(300, 500, "after_discount")).toBe(0)
  })
})

describe("POINTS-5 deeper than free", () => {
  it("free 299-50: an exchange 299-50 is refused naming the free coupon, 299-55 is accepted", () => {
    expect(deeperThanFreeRival({ face_value: 50, threshold: 299, currency_code: "jpy" }, [free(50, 299)])).toMatchObject({ id: "cpn_free" })
    expect(deeperThanFreeRival({ face_value: 55, threshold: 299, currency_code: "jpy" }, [free(50, 299)])).toBeNull()
  })

  it("a later free 299-60 beats the 299-55 offer", () => {
    expect(deeperThanFreeRival({ face_value: 55, threshold: 299, currency_code: "jpy" }, [free(50, 299), free(60, 299, "cpn_60")])).toMatchObject({ id: "cpn_60" })
  })

  it("compares ratios: free 100-20 (20 %) beats an exchange 299-55 (18.4 %), free 500-50 does not count at 299", () => {
    expect(deeperThanFreeRival({ face_value: 55, threshold: 299, currency_code: "jpy" }, [free(20, 100)])).toMatchObject({ name: "100-20" })
    expect(deeperThanFreeRival({ face_value: 55, threshold: 299, currency_code: "jpy" }, [free(50, 500)])).toBeNull()
  })

  it("a free coupon without a minimum must simply be worth less; other currencies are ignored", () => {
    expect(deeperThanFreeRival({ face_value: 55, threshold: 299, currency_code: "jpy" }, [free(55, 0)])).not.toBeNull()
    expect(deeperThanFreeRival({ face_value: 55, threshold: 299, currency_code: "jpy" }, [free(50, 0)])).toBeNull()
    expect(deeperThanFreeRival({ face_value: 55, threshold: 299, currency_code: "jpy" }, [{ ...free(60, 299), currency_code: "eur" }])).toBeNull()
  })

  it("names the rival in the refusal", () => {
    expect(rivalMessage({ face_value: 50, threshold: 299 }, free(50, 299))).toBe(
      'An exchange coupon must be a deeper discount than the store\'s free coupons: "299-50" gives ¥50 off over ¥299, while this offer gives ¥50 off over ¥299.'
    )
  })
})

describe("POINTS-4 offers", () => {
  const good = { name: "¥55 off ¥299", face_value: 55, threshold: 299, currency_code: "jpy", points_cost: 500, stock: 100, per_customer_limit: 1, valid_days: 30 }

  it("accepts a good offer", () => {
    expect(validateOfferInput(good)).toEqual([])
  })

  it.each([
    ["face_value", { face_value: 45 }, /one of 5, 10, 20/],
    ["points_cost", { points_cost: 0 }, /≥ 1/],
    ["points_cost", { points_cost: -5 }, /≥ 1/],
    ["stock", { stock: 0 }, /≥ 1/],
    ["per_customer_limit", { per_customer_limit: 0 }, /≥ 1/],
    ["valid_days", { valid_days: 366 }, /1–365/],
    ["threshold", { threshold: 50 }, /above the face value/],
    ["threshold", { threshold: -1 }, /≥ 0/],
    ["name", { name: " " }, /required/],
    ["ends_at", { starts_at: "2027-01-02", ends_at: "2027-01-01" }, /after it starts/],
  ])("refuses a bad %s", (field, patch, message) => {
    const errors = validateOfferInput({ ...good, ...patch })
    expect(errors).toHaveLength(1)
    expect(errors[0].field).toBe(field)
    expect(errors[0].message).toMatch(message)
  })

  it("every denomination of the SPEC's list is accepted, a custom list replaces it", () => {
    DEFAULT_EXCHANGE_DENOMINATIONS.forEach((v) => expect(validateOfferInput({ ...good, face_value: v, threshold: 0 })).toEqual([]))
    expect(validateOfferInput({ ...good, face_value: 55 }, [5, 10])[0].field).toBe("face_value")
  })
})

describe("POINTS-6 deposits", () => {
  it.each([
    [{ amount: 999_999, reason: "Double 11" }, []],
    [{ amount: 1_000_000, reason: "Too much" }, ["amount"]],
    [{ amount: 0, reason: "Nothing" }, ["amount"]],
    [{ amount: 5000, reason: "  " }, ["reason"]],
    [{ amount: 5000 }, ["reason"]],
  ])("%j → %j", (input, fields) => {
    expect(validateDeposit(input).map((e) => e.field)).toEqual(fields)
  })

  it("numbers deposits readably", () => {
    expect(depositNumber(1)).toBe("DEP-000001")
    expect(depositNumber(1234567)).toBe("DEP-1234567")
  })
})
