import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../modules/coupon-marketing/service"
import { formatMoney } from "../../../../modules/coupon-marketing/domain/coupons"
import { cellsOfText, readOrderNumbers, type OrderNumberCell } from "../../../../modules/coupon-marketing/domain/pushes"
import type { AdminCompensationOrdersResponse } from "../../../../types/http/pushes"
import { customerName } from "../../../../workflows/followers/utils/customer"
import { toAdminPushes } from "../../../../workflows/pushes/utils/views"

export const pushService = (scope: MedusaContainer) => scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)

/** The admin's view of one push, or 404. */
export async function adminPushById(scope: MedusaContainer, id: string) {
  const row = await pushService(scope).getPushRecord(id)
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Push with id: ${id} was not found`)
  return (await toAdminPushes(scope, [row]))[0]
}

/** The cells of column A of an uploaded file, with their row numbers: CSV (csv-parse) or XLSX (exceljs). */
export async function cellsOfUpload(file: { originalname?: string; mimetype?: string; buffer: Buffer }): Promise<OrderNumberCell[]> {
  const name = (file.originalname ?? "").toLowerCase()
  const isXlsx = name.endsWith(".xlsx") || /spreadsheetml/.test(file.mimetype ?? "")
  const isCsv = name.endsWith(".csv") || name.endsWith(".txt") || /text\/(csv|plain)/.test(file.mimetype ?? "")
  if (isXlsx) {
    const ExcelJS = (await import("exceljs")).default
    const workbook = new ExcelJS.Workbook()
    try {
      await workbook.xlsx.load(file.buffer as never)
    } catch {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "file: This is not a readable .xlsx workbook. Download the template and fill in its first column.")
    }
    const sheet = workbook.worksheets[0]
    const cells: OrderNumberCell[] = []
    sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const v = row.getCell(1).value as unknown
      const value =
        v == null ? "" : typeof v === "object" ? String((v as { result?: unknown; text?: unknown }).result ?? (v as { text?: unknown }).text ?? (v as { richText?: { text: string }[] }).richText?.map((r) => r.text).join("") ?? "") : String(v)
      cells.push({ row: rowNumber, value })
    })
    return cells
  }
  if (isCsv) {
    const { parse } = await import("csv-parse/sync")
    let records: string[][]
    try {
      records = parse(file.buffer.toString("utf8"), { relax_column_count: true, skip_empty_lines: false, bom: true, relax_quotes: true }) as string[][]
    } catch (e) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `file: This CSV file cannot be read (${(e as Error).message.split("\n")[0]}).`)
    }
    return records.map((r, i) => ({ row: i + 1, value: r[0] ?? "" }))
  }
  throw new MedusaError(MedusaError.Types.INVALID_DATA, "file: Upload a .csv or .xlsx file (one column of order numbers).")
}

type OrderRow = { id: string; display_id: number; customer_id: string | null; email: string | null; total: number | string | null; currency_code: string; customer?: { first_name: string | null; last_name: string | null; email: string | null } | null }

/** PUSH-3: each order number resolved to its Medusa order (by display_id) and customer; unknown and duplicate rows listed. */
export async function resolveCompensationOrders(scope: MedusaContainer, cells: OrderNumberCell[]): Promise<AdminCompensationOrdersResponse> {
  const { rows, errors } = readOrderNumbers(cells)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const found = new Map<number, OrderRow>()
  for (let i = 0; i < rows.length; i += 500) {
    const ids = rows.slice(i, i + 500).map((r) => r.display_id)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "customer_id", "email", "total", "currency_code", "customer.first_name", "customer.last_name", "customer.email"],
      filters: { display_id: ids } as never,
    })
    for (const o of data as OrderRow[]) found.set(Number(o.display_id), o)
  }
  const out: AdminCompensationOrdersResponse = { orders: [], errors: [...errors] }
  for (const r of rows) {
    const o = found.get(r.display_id)
    if (!o) {
      out.errors.push({ row: r.row, value: r.value, reason: `No order with the number ${r.display_id}` })
      continue
    }
    out.orders.push({
      row: r.row,
      value: r.value,
      order_id: o.id,
      display_id: Number(o.display_id),
      customer_id: o.customer_id,
      customer_name: customerName({ first_name: o.customer?.first_name ?? null, last_name: o.customer?.last_name ?? null, email: o.customer?.email ?? o.email }) || null,
      email: o.customer?.email ?? o.email ?? null,
      total_label: formatMoney(Number(o.total ?? 0), o.currency_code),
    })
  }
  out.errors.sort((a, b) => a.row - b.row)
  return out
}

export { cellsOfText }
