import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreConfirmEmailVerificationType } from "../validators"
import { confirmVerification } from "./handler"

/** POST /store/coupon-marketing/email-verification/confirm `{ token }` → `{ verification: { email, verified, verified_at } }` */
export const POST = async (req: MedusaRequest<StoreConfirmEmailVerificationType>, res: MedusaResponse) => {
  res.json(await confirmVerification(req.scope, req.validatedBody.token))
}
