import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../modules/coupon-marketing/service"
import { updateCouponSettingsWorkflow } from "../../../../workflows/settings/workflows/update-coupon-settings"
import type { AdminUpdateCouponSettingsType } from "./validators"
import { EMAIL_DEFAULT_TEXTS } from "../../../../emails"
import { loadMessageChannels } from "./channels"
import { MESSAGE_TYPES, type MessageType } from "../../../../types/settings"
import type { AdminCouponSettingsResponse, AdminUpdateCouponSettingsResponse } from "../../../../types/http"

/**
 * GET /admin/coupon-marketing/settings → `{ settings, timezone, min_start_lead_minutes,
 * message_defaults, channels }`: the settings, and what the admin pages show beside them — from
 * the plugin options the store's time zone (every time on the plugin's pages is in it) and the
 * earliest start of a coupon, in minutes from now (`coupons.min_start_lead_minutes`); the
 * plugin's own message texts (the placeholders of the merchant's); and which Notification
 * provider sends each channel (from the Notification Module).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCouponSettingsResponse<Date | string>>) => {
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const { timezone, coupons } = service.getOptions()
  res.json({
    settings: await service.getStoreSettings(),
    timezone,
    min_start_lead_minutes: coupons.min_start_lead_minutes,
    // The types a merchant can reword (Settings → Message texts); the gift email keeps the plugin's text.
    message_defaults: Object.fromEntries(MESSAGE_TYPES.map((t) => [t, EMAIL_DEFAULT_TEXTS[t]])) as Record<MessageType, { subject: string; intro: string }>,
    channels: await loadMessageChannels(req.scope),
  })
}

/** POST /admin/coupon-marketing/settings (any subset of the fields) → `{ settings }` */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateCouponSettingsType>,
  res: MedusaResponse<AdminUpdateCouponSettingsResponse<Date | string>>
) => {
  const { result } = await updateCouponSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ settings: result })
}
