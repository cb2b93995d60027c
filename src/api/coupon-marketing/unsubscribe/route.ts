import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unsubscribe } from "../../store/coupon-marketing/unsubscribe/handler"

/**
 * GET /coupon-marketing/unsubscribe?token= — the link in every marketing email: no login and no
 * publishable key (an emailed link cannot send Medusa's `x-publishable-api-key` header, which
 * every `/store` route requires). POST is RFC 8058 one-click (`List-Unsubscribe-Post`).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => unsubscribe(req, res)
export const POST = async (req: MedusaRequest, res: MedusaResponse) => unsubscribe(req, res)
