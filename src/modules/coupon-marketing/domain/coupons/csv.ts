/**
 * CSV for the usage report and the order export (COUPON-22, COUPON-23): RFC 4180 fields,
 * CRLF lines, UTF-8 with a BOM so that Excel opens Japanese text correctly, and protection
 * against formula injection (a customer named "=HYPERLINK(…)" must not become a formula).
 */

/** Written once at the start of the file: Excel then reads it as UTF-8. */
export const UTF8_BOM = "\uFEFF"

/** What a CSV cell may be given. */
export type CsvValue = string | number | bigint | boolean | Date | null | undefined

/**
 * Characters that make a spreadsheet read a text cell as a formula (OWASP: = + - @ tab CR), and
 * their full-width forms (＝ ＋ － ＠), which Japanese input produces and spreadsheets may fold.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/

/**
 * One CSV field.
 * - null/undefined → empty; numbers and bigints as they are (a non-finite number → empty);
 *   booleans "true"/"false"; dates in ISO 8601 UTC (an invalid date → empty).
 * - Text starting with = + - @ tab or CR (or ＝ ＋ － ＠) gets a leading apostrophe (shown as text, not run);
 *   numbers are never touched, so -5 stays a number.
 * - Quoted when it holds a comma, a quote, CR or LF, or starts/ends with a space; quotes are
 *   doubled.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) {
    return ""
  }
  if (typeof value === "number") {
    return Number.isFinite(value) ? String(value) : ""
  }
  if (typeof value === "bigint" || typeof value === "boolean") {
    return String(value)
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? "" : value.toISOString()
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One CSV line: the fields joined by commas, ended by CRLF. */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvField).join(",") + "\r\n"
}

/** A whole small CSV document (BOM + lines). Large reports stream `UTF8_BOM` then `csvLine`s. */
export function csvDocument(rows: readonly (readonly CsvValue[])[]): string {
  return UTF8_BOM + rows.map(csvLine).join("")
}
