import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORDER_NUMBER_HEADER } from "../../../../../../modules/coupon-marketing/domain/pushes"

/** PUSH-3 GET …/pushes/compensation-orders/template.xlsx: the upload's template (one column `order_number`), written with exceljs. */
export const GET = async (_req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ExcelJS = (await import("exceljs")).default
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("Orders")
  sheet.columns = [{ header: ORDER_NUMBER_HEADER, key: "order_number", width: 20 }]
  sheet.addRow({ order_number: 1001 })
  const buffer = await workbook.xlsx.writeBuffer()
  res.setHeader("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  res.setHeader("Content-Disposition", 'attachment; filename="compensation-orders-template.xlsx"')
  res.send(Buffer.from(buffer as ArrayBuffer))
}
