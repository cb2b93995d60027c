/**
 * PUSH-3 compensation: the order numbers of an uploaded CSV / XLSX or pasted text, each with its
 * row number, checked before any lookup: blank rows dropped, a header row `order_number` skipped,
 * `#1001` read as 1001; a value that is no order number, or repeats an earlier row, is an error
 * naming that row. Pure, unit-tested.
 */
export interface OrderNumberCell {
  row: number
  value: string
}
export interface OrderNumberRow {
  row: number
  value: string
  display_id: number
}
export interface OrderNumberError {
  row: number
  value: string
  reason: string
}

/** The template's one column. */
export const ORDER_NUMBER_HEADER = "order_number"
/** At most this many rows per upload. */
export const MAX_ORDER_ROWS = 10_000

const HEADER = /^(order[ _-]?(number|no\.?|id)?|#)$/i

/** Pasted text: one order number per line (a comma or tab ends the value), rows numbered from 1. */
export function cellsOfText(text: string): OrderNumberCell[] {
  return text.split(/\r\n|\r|\n/).map((line, i) => ({ row: i + 1, value: line.split(/[,\t;]/)[0] ?? "" }))
}

export function readOrderNumbers(cells: OrderNumberCell[]): { rows: OrderNumberRow[]; errors: OrderNumberError[] } {
  const rows: OrderNumberRow[] = []
  const errors: OrderNumberError[] = []
  const seen = new Map<number, number>()
  let first = true
  for (const cell of cells) {
    const value = String(cell.value ?? "").replace(/^\uFEFF/, "").trim()
    if (!value) continue
    if (first && HEADER.test(value)) {
      first = false
      continue
    }
    first = false
    if (rows.length + errors.length >= MAX_ORDER_ROWS) {
      errors.push({ row: cell.row, value, reason: `Only ${MAX_ORDER_ROWS.toLocaleString("en-US")} order numbers can be read at once` })
      break
    }
    const m = /^#?\s*(\d{1,10})$/.exec(value)
    const n = m ? Number(m[1]) : NaN
    if (!m || !Number.isSafeInteger(n) || n < 1 || n > 2_147_483_647) {
      errors.push({ row: cell.row, value, reason: "Not an order number (expected a number such as 1001 or #1001)" })
      continue
    }
    const earlier = seen.get(n)
    if (earlier !== undefined) {
      errors.push({ row: cell.row, value, reason: `Duplicate: order ${n} is already on row ${earlier}` })
      continue
    }
    seen.set(n, cell.row)
    rows.push({ row: cell.row, value, display_id: n })
  }
  return { rows, errors }
}
