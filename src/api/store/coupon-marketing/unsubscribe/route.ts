import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unsubscribe } from "./handler"

/** GET /store/coupon-marketing/unsubscribe?token= — no login (the storefront's call; emails use `/coupon-marketing/unsubscribe`). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => unsubscribe(req, res)
