import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AdminPushAudienceResponse, PushAudience } from "../../../../../types/http/pushes"
import { countAudience } from "../../../../../workflows/pushes/utils/audience"
import { ALL_CHANNELS } from "../../../../../workflows/pushes/utils/input"
import { couponsByIds } from "../../../../../workflows/pushes/utils/views"
import type { AdminPushAudienceType } from "../validators"

/**
 * PUSH-3 POST /admin/coupon-marketing/pushes/audience `{ type, audience, channels?, coupon_id? }` →
 * `{ count, excluded: { not_verified, opted_out, unsubscribed } }`: the live recipients after the
 * consent rule (PUSH-2), and why the others get nothing. With `coupon_id`, customers outside the
 * coupon's audience are left out too (`excluded.not_in_coupon_audience`).
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPushAudienceType>, res: MedusaResponse<AdminPushAudienceResponse>) => {
  const body = req.validatedBody
  let coupon = null
  if (body.coupon_id) {
    coupon = (await couponsByIds(req.scope, [body.coupon_id]))[body.coupon_id] ?? null
    if (!coupon) throw new MedusaError(MedusaError.Types.INVALID_DATA, `coupon_id: There is no coupon with the id ${body.coupon_id}.`)
  }
  const counted = await countAudience(req.scope, { audience: body.audience as PushAudience, channels: body.channels?.length ? body.channels : ALL_CHANNELS, coupon, now: new Date() })
  const { not_verified, opted_out, unsubscribed, not_in_coupon_audience } = counted.excluded
  res.json({ count: counted.count, excluded: { not_verified, opted_out, unsubscribed, ...(coupon ? { not_in_coupon_audience } : {}) } })
}
