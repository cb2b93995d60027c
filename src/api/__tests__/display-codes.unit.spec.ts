import { internalCodesIn, maskedCode, replaceCodes, shownCode } from "../store/carts/display-codes"
import { nulBytePath } from "../utils/refuse-nul-bytes"

describe("the shopper's codes in Store API answers", () => {
  const cart = {
    id: "cart_1",
    promotions: [{ id: "promo_1", code: "CM-WELCOME10-ABC" }, { id: "promo_2", code: "STORE100" }],
    items: [{ id: "item_1", adjustments: [{ code: "CM-WELCOME10-ABC", amount: 100 }, { code: "STORE100", amount: 50 }] }],
    shipping_methods: [{ adjustments: [{ code: "CM-WELCOME10-ABC" }] }],
    metadata: { code: "CM-not-a-key-of-code-here", note: "CM-WELCOME10-ABC" },
  }

  it("finds the plugin's promotion codes under `code` keys only", () => {
    expect([...internalCodesIn(cart)].sort()).toEqual(["CM-WELCOME10-ABC", "CM-not-a-key-of-code-here"])
    expect(internalCodesIn({ promotions: [{ code: "STORE100" }] }).size).toBe(0)
  })

  it("replaces them everywhere, leaves the store's own codes and other text alone", () => {
    const copy = JSON.parse(JSON.stringify(cart))
    replaceCodes(copy, new Map([["CM-WELCOME10-ABC", "WELCOME10"]]))
    expect(copy.promotions.map((p: { code: string }) => p.code)).toEqual(["WELCOME10", "STORE100"])
    expect(copy.items[0].adjustments.map((a: { code: string }) => a.code)).toEqual(["WELCOME10", "STORE100"])
    expect(copy.shipping_methods[0].adjustments[0].code).toBe("WELCOME10")
    expect(copy.metadata.note).toBe("CM-WELCOME10-ABC")
  })

  it("shows an individual code formatted to its holder, masked to anyone else; a fixed code as stored", () => {
    const held = { coupon_id: "cpn_1", code: "K7QF9X2MHW4D", customer_id: "cus_1" }
    expect(shownCode({ code_mode: "individual" }, held, "cus_1")).toBe("K7QF-9X2M-HW4D")
    expect(shownCode({ code_mode: "individual" }, held, null)).toBe("••••-••••-HW4D")
    expect(shownCode({ code_mode: "individual" }, held, "cus_2")).toBe(maskedCode("K7QF9X2MHW4D"))
    expect(shownCode({ code_mode: "fixed" }, { coupon_id: "cpn_2", code: "WELCOME10", customer_id: "cus_1" }, null)).toBe("WELCOME10")
  })
})

describe("NUL characters in requests", () => {
  it.each([
    [{ reason: "a\u0000b" }, "reason"],
    [{ promo_codes: ["ok", "b\u0000"] }, "promo_codes.1"],
    [{ nested: { deep: [{ name: "\u0000" }] } }, "nested.deep.0.name"],
    [{ q: "\u0000" }, "q"],
    [{ ["bad\u0000key"]: 1 }, "bad\u0000key"],
  ])("%j is refused naming %s", (body, field) => {
    expect(nulBytePath(body)).toBe(field)
  })

  it.each([[{ reason: "fine" }], [{ n: 1, list: ["a", "b"] }], [null], [undefined], ["text"]])("%j passes", (body) => {
    expect(nulBytePath(body)).toBeNull()
  })
})
