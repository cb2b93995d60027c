import { describeOrderDiscount } from "../../domain/coupons/order-discount"

describe("the coupon's discount beside Medusa's order summary", () => {
  const jpy = { currency_code: "jpy", other_promotions_total: 0 }
  it.each([
    [
      "tax-exclusive region, tax on the discount",
      { ...jpy, coupon_discount: 385, order_discount_total: 423.5, tax_inclusive: false },
      { amount: "−¥385 before tax", note: "−¥424 with tax, as in the order summary" },
    ],
    [
      "tax-exclusive region, no tax on the discount",
      { ...jpy, coupon_discount: 385, order_discount_total: 385, tax_inclusive: false },
      { amount: "−¥385", note: "As in the order summary (no tax on it)" },
    ],
    [
      "tax-inclusive region, the coupon alone",
      { ...jpy, coupon_discount: 424, order_discount_total: 424, tax_inclusive: true },
      { amount: "−¥424 incl. tax", note: "As in the order summary" },
    ],
    [
      "tax-inclusive region with another promotion",
      { ...jpy, coupon_discount: 424, order_discount_total: 600, tax_inclusive: true, other_promotions_total: 176 },
      { amount: "−¥424 incl. tax", note: "Order summary −¥600 includes other promotions: −¥176" },
    ],
    [
      "tax-exclusive region with another promotion",
      { ...jpy, coupon_discount: 385, order_discount_total: 660, tax_inclusive: false, other_promotions_total: 215 },
      { amount: "−¥385 before tax", note: "Order summary −¥660 includes tax and other promotions: −¥215 before tax" },
    ],
    [
      "euros, tax-exclusive",
      { currency_code: "eur", other_promotions_total: 0, coupon_discount: 5, order_discount_total: 6, tax_inclusive: false },
      { amount: "−€5.00 before tax", note: "−€6.00 with tax, as in the order summary" },
    ],
    [
      "a summary below the coupon (an edited order): just the figure",
      { ...jpy, coupon_discount: 385, order_discount_total: 200, tax_inclusive: false },
      { amount: "−¥385 before tax", note: "Order summary: −¥200" },
    ],
  ])("%s", (_, figures, expected) => {
    expect(describeOrderDiscount(figures)).toEqual(expected)
  })
})
