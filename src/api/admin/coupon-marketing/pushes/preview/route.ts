import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderEmail } from "../../../../../emails"
import { relativeValidityEnd as relativeEnd } from "../../../../../modules/coupon-marketing/domain/coupons/validity"
import type { AdminPushPreviewResponse, PushAudience, PushBestItems } from "../../../../../types/http/pushes"
import { loadStoreName } from "../../../../../workflows/deliveries/utils/email-content"
import { checkPushInput } from "../../../../../workflows/pushes/steps/validate-push"
import { PUSH_MOBILE_TEXT, loadBestItems, pushEmailData, pushFeedData, type PushContentContext } from "../../../../../workflows/pushes/utils/content"
import { customerName } from "../../../../../workflows/followers/utils/customer"
import { pushService } from "../helpers"
import type { AdminPreviewPushType } from "../validators"

/** A code that stands for the recipient's own one (individual-code coupons) in a preview. */
const SAMPLE_CODE = "K7QF9X2MHW4D"
const SAMPLE = { id: "cus_preview", email: "customer@example.com", first_name: "Hanako", last_name: "Yamada" }

/**
 * PUSH-9 POST /admin/coupon-marketing/pushes/preview (the create body, `send_at` optional) → the
 * exact email (subject, HTML, text), in-app message and push text for a sample recipient: the
 * first recipient of the audience, or a made-up one when it has none yet. Nothing is written.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPreviewPushType>, res: MedusaResponse<AdminPushPreviewResponse>) => {
  const body = req.validatedBody
  const svc = pushService(req.scope)
  const tz = svc.getOptions().timezone
  const now = body.send_at ? new Date(body.send_at) : new Date()
  // The same checks as creating (coupon, best items, audience), the slot aside: a preview may be of any time.
  const { coupon, counted } = await checkPushInput(req.scope, { ...body, require_slot: false })
  const sample = counted.first ?? SAMPLE
  const ctx: PushContentContext = {
    push: { id: "cpush_preview", banner: body.banner ? { url: body.banner.url, link_url: body.banner.link_url ?? null } : null },
    coupon: { ...(coupon as unknown as PushContentContext["coupon"]), benefit_value: coupon.benefit_value == null ? null : Number(coupon.benefit_value), condition_value: coupon.condition_value == null ? null : Number(coupon.condition_value) },
    bestItems: await loadBestItems(req.scope, body.best_items as PushBestItems, new Date()),
    timezone: tz,
    storeName: await loadStoreName(req.scope),
  }
  const code = coupon.code_mode === "individual" ? { code: SAMPLE_CODE, expires_at: coupon.validity_type === "relative" && coupon.valid_days ? relativeEnd(now, coupon.valid_days, tz) : null } : null
  const data = pushEmailData(req.scope, ctx, sample, code)
  const email = await renderEmail("coupon-push", { store_name: ctx.storeName!, ...data })
  const feed = pushFeedData(ctx, code)
  res.json({
    recipient: { name: customerName(sample) || sample.email || "", email: sample.email ?? "" },
    email,
    feed: { title: feed.title, body: feed.body },
    push: { text: PUSH_MOBILE_TEXT },
  })
}
