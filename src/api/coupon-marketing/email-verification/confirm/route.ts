import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { confirmVerification } from "../../../store/coupon-marketing/email-verification/confirm/handler"
import { page, wantsHtml } from "../../../store/coupon-marketing/unsubscribe/handler"

/**
 * GET /coupon-marketing/email-verification/confirm?token= — the link in the verification email
 * (no publishable key, no login), unless `messages.verify_url` sends it to a storefront page.
 * Answers a short page to a browser, JSON otherwise.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { token } = (req as unknown as { validatedQuery: { token: string } }).validatedQuery
  try {
    const result = await confirmVerification(req.scope, token)
    if (wantsHtml(req)) return page(res, 200, "Your email address is verified", `Thank you: ${result.verification.email} is confirmed.`)
    res.json(result)
  } catch (e) {
    if (wantsHtml(req) && e instanceof MedusaError) return page(res, 400, "This link does not work", e.message)
    throw e
  }
}
