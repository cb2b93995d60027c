import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../modules/coupon-marketing/service"

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

/** A short human page (the answer to a browser). */
export function page(res: MedusaResponse, status: number, title: string, text: string) {
  res
    .status(status)
    .setHeader("Content-Type", "text/html; charset=utf-8")
    .setHeader("Cache-Control", "no-store")
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title></head>` +
        `<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#111"><h1 style="font-size:1.4rem">${escape(title)}</h1><p>${escape(text)}</p></body></html>`
    )
}

/** A browser asking (it accepts HTML) rather than a storefront's fetch. */
export const wantsHtml = (req: MedusaRequest) => req.accepts(["json", "html"]) === "html"

/**
 * PUSH-2: unsubscribes with the token — idempotent (a second time answers `changed: false`).
 * Answers JSON `{ unsubscribe: { channel, unsubscribed, changed } }`, or a short page to a browser.
 * A bad token: 400 in the shopper's words (a page or Medusa's `{ type, message }`).
 */
export async function unsubscribe(req: MedusaRequest, res: MedusaResponse) {
  const { token } = (req as unknown as { validatedQuery: { token: string } }).validatedQuery
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  try {
    const { channel, changed } = await service.unsubscribeWithToken(token)
    if (wantsHtml(req)) {
      return page(res, 200, "You are unsubscribed", changed
        ? "You will no longer receive coupon emails from this shop. You can turn them back on in your account's message preferences."
        : "You were already unsubscribed: you will not receive coupon emails from this shop.")
    }
    res.json({ unsubscribe: { channel, unsubscribed: true, changed } })
  } catch (e) {
    if (wantsHtml(req) && e instanceof MedusaError) return page(res, 400, "This link does not work", e.message)
    throw e
  }
}
