import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORDER_NUMBER_HEADER } from "../../../../../../modules/coupon-marketing/domain/pushes"

/** PUSH-3 GET …/pushes/compensation-orders/template.csv: the upload's template (one column `order_number`). */
export const GET = async (_req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", 'attachment; filename="compensation-orders-template.csv"')
  res.send(`${ORDER_NUMBER_HEADER}\r\n1001\r\n`)
}
