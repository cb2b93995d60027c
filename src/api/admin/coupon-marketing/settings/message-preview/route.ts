import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../modules/coupon-marketing/service"
import { loadStoreName, messageTextsOf, renderDeliveryEmail } from "../../../../../workflows/deliveries/utils/email-content"
import { formatIndividualCode } from "../../../../../modules/coupon-marketing/domain/coupons"
import type { MessageType } from "../../../../../types/settings"
import type { AdminMessagePreviewResponse } from "../../../../../types/http"
import type { AdminPreviewMessageType } from "../validators"

/** A sample recipient and coupon, so that every tag of the texts shows something. */
function sampleData(type: MessageType, publicUrl: string, storeName: string): Record<string, unknown> {
  const base = {
    store_name: storeName,
    store_url: publicUrl,
    first_name: "Hanako",
    unsubscribe_url: `${publicUrl}/coupon-marketing/unsubscribe?token=sample`,
  }
  const coupon = { name: "Winter sale", code: null, benefit: "¥500 off", condition: "Eligible total ¥3,000 or more", validity: "Until 2026-12-31 23:59" }
  switch (type) {
    case "email-verification":
      return { ...base, unsubscribe_url: null, verify_url: `${publicUrl}/coupon-marketing/email-verification/confirm?token=sample`, expires_at: "2026-12-04 17:00" }
    case "coupon-push":
      return { ...base, coupon, indv_coupon_code: "K7QF9X2MHW4D" }
    case "exchange-reminder":
      return { ...base, code: formatIndividualCode("K7QF9X2MHW4D"), amount: "¥55", expires_at: "2026-12-11 23:59", coupon: { ...coupon, name: "¥55 off ¥299", benefit: "¥55 off", condition: "Eligible total ¥299 or more", validity: "Until 2026-12-11 23:59" } }
  }
}

/**
 * POST /admin/coupon-marketing/settings/message-preview `{ type, subject?, intro? }` →
 * `{ subject, html, text }`: the email of that message type as a sample recipient would get it
 * with these texts (nothing is saved or sent). A text left out is the saved one; an empty one
 * is the plugin's own.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPreviewMessageType>, res: MedusaResponse<AdminMessagePreviewResponse>) => {
  const { type, subject, intro } = req.validatedBody
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const [storeName, settings] = await Promise.all([loadStoreName(req.scope), service.getStoreSettings()])
  const saved = messageTextsOf(settings)[type]
  const publicUrl = service.getOptions().messages.public_url.replace(/\/+$/, "")
  const { content } = await renderDeliveryEmail(
    { template: type, data: sampleData(type, publicUrl, storeName) },
    { storeName, overrides: { subject: subject ?? saved.subject, intro: intro ?? saved.intro } }
  )
  res.json(content)
}
