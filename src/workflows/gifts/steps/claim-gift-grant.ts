import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { GiftActivityRow, GiftGrantRow } from "../../../modules/coupon-marketing/types/gifts"

export type GiftGrantClaimResult = { activity: GiftActivityRow; grant: GiftGrantRow } | null

/**
 * GIFT-5, first: the grant row, unique per (activity, customer). Null (every later step does
 * nothing) when no activity is active now, or another delivery of the same event holds the grant.
 * Compensation deletes the row this run claimed, so a retry may grant again.
 */
export const claimGiftGrantStep = createStep(
  "coupon-marketing-claim-gift-grant",
  async (input: { customer_id: string }, { container }) => {
    const claim = await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).claimGiftGrant(input.customer_id)
    if (!claim || !claim.claimed) return new StepResponse<GiftGrantClaimResult, string | null>(null, null)
    return new StepResponse<GiftGrantClaimResult, string | null>({ activity: claim.activity, grant: claim.grant }, claim.grant.id)
  },
  async (grantId, { container }) => {
    if (grantId) await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).releaseGiftGrant(grantId)
  }
)
