import { CsvValue, UTF8_BOM, csvDocument, csvField, csvLine } from "../../domain/coupons/csv"

describe("CSV fields (COUPON-22, COUPON-23)", () => {
  it.each([
    ["plain text", "Winter sale", "Winter sale"],
    ["Japanese text", "冬のセール", "冬のセール"],
    ["a comma", "Tanaka, Taro", '"Tanaka, Taro"'],
    ["a quote", 'The "best" sale', '"The ""best"" sale"'],
    ["a line feed", "line1\nline2", '"line1\nline2"'],
    ["a CR LF", "line1\r\nline2", '"line1\r\nline2"'],
    ["a leading space", " padded", '" padded"'],
    ["a trailing space", "padded ", '"padded "'],
    ["an inner space", "two words", "two words"],
    ["empty text", "", ""],
    ["null", null, ""],
    ["undefined", undefined, ""],
    ["an integer", 1200, "1200"],
    ["a decimal", 9.5, "9.5"],
    ["a negative number (not touched)", -500, "-500"],
    ["zero", 0, "0"],
    ["NaN", Number.NaN, ""],
    ["a bigint", 12345678901234567890n, "12345678901234567890"],
    ["true", true, "true"],
    ["a date", new Date("2026-12-01T01:00:00.000Z"), "2026-12-01T01:00:00.000Z"],
    ["an invalid date", new Date("nope"), ""],
  ] as [string, CsvValue, string][])("COUPON-22 %s: %p → %p", (_label, value, field) => {
    expect(csvField(value)).toBe(field)
  })

  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+81 90 1234 5678", "'+81 90 1234 5678"],
    ["-500", "'-500"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTAB", "'\tTAB"],
    ["\r=1", `"'\r=1"`],
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ["=1,2", `"'=1,2"`],
    ["＝SUM(A1:A9)", "'＝SUM(A1:A9)"],
    ["＋81 90", "'＋81 90"],
    ["－500", "'－500"],
    ["＠SUM(A1)", "'＠SUM(A1)"],
    ["a=b", "a=b"],
    ["Tanaka-san", "Tanaka-san"],
  ])("COUPON-22 a text starting a formula is neutralised: %p → %p", (value, field) => {
    expect(csvField(value)).toBe(field)
  })
})

describe("CSV lines and documents (COUPON-22, COUPON-23)", () => {
  it("COUPON-22 a line joins fields with commas and ends with CRLF", () => {
    expect(csvLine(["cus_1", "Tanaka, Taro", null, 1200, "=1+1", new Date("2026-12-01T00:00:00.000Z")])).toBe(
      `cus_1,"Tanaka, Taro",,1200,'=1+1,2026-12-01T00:00:00.000Z\r\n`
    )
  })

  it("COUPON-22 an empty line is just CRLF", () => {
    expect(csvLine([])).toBe("\r\n")
  })

  it("COUPON-22 the BOM is U+FEFF (EF BB BF in UTF-8) so Excel reads UTF-8", () => {
    expect(UTF8_BOM).toBe("\uFEFF")
    expect([...Buffer.from(UTF8_BOM, "utf8")]).toEqual([0xef, 0xbb, 0xbf])
  })

  it("COUPON-22 a document starts with one BOM, then one CRLF line per row", () => {
    const doc = csvDocument([
      ["customer id", "coupon name", "discount total"],
      ["", "冬のセール", 500],
    ])
    expect(doc).toBe("\uFEFFcustomer id,coupon name,discount total\r\n,冬のセール,500\r\n")
    expect(doc.indexOf("\uFEFF", 1)).toBe(-1)
  })

  it("COUPON-23 a field with quotes and newlines survives a round trip through a simple RFC 4180 reader", () => {
    const values = ['He said "hi"\r\nthen left', "a,b", " x ", "plain"]
    const line = csvLine(values)
    const parsed: string[] = []
    let i = 0
    while (i < line.length - 2) {
      let field = ""
      if (line[i] === '"') {
        i++
        while (!(line[i] === '"' && line[i + 1] !== '"')) {
          if (line[i] === '"') i++
          field += line[i++]
        }
        i++
      } else {
        while (line[i] !== "," && !(line[i] === "\r" && i === line.length - 2)) field += line[i++]
      }
      parsed.push(field)
      if (line[i] === ",") i++
    }
    expect(parsed).toEqual(values)
  })
})
