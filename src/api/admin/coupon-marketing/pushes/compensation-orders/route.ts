import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AdminCompensationOrdersResponse } from "../../../../../types/http/pushes"
import { cellsOfText, cellsOfUpload, resolveCompensationOrders } from "../helpers"
import type { AdminCompensationOrdersTextType } from "../validators"

/**
 * PUSH-3 POST /admin/coupon-marketing/pushes/compensation-orders: multipart field `file` (.csv or
 * .xlsx, one column of order numbers; template at ./template.csv, ./template.xlsx) or JSON
 * `{ text }` (pasted, one a line) → `{ orders, errors }`: each row resolved to its Medusa order
 * (by its number, `display_id`) and customer; unknown, duplicate and unreadable rows by row number.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCompensationOrdersResponse>) => {
  const file = (req as unknown as { file?: { originalname?: string; mimetype?: string; buffer: Buffer } }).file
  if (file) {
    res.json(await resolveCompensationOrders(req.scope, await cellsOfUpload(file)))
    return
  }
  const body = (req as unknown as { validatedBody?: AdminCompensationOrdersTextType }).validatedBody
  if (!body) throw new MedusaError(MedusaError.Types.INVALID_DATA, "file: Upload a .csv or .xlsx file in the field `file`, or send the order numbers as text.")
  res.json(await resolveCompensationOrders(req.scope, cellsOfText(body.text)))
}
