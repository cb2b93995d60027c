import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { CouponInput } from "../../../types/coupons"
import { campaignWindow } from "../utils/campaign-input"

export const updateCouponCampaignStepId = "coupon-marketing-update-coupon-campaign"

export interface UpdateCouponCampaignInput {
  promotion_id: string | null
  /** The coupon after the change (validated). */
  next: Pick<CouponInput, "name" | "validity_type" | "starts_at" | "ends_at">
}

/**
 * Keeps a coupon's Medusa campaign in step with its name and window (COUPON-17 edits).
 * Coupons created before coupons had campaigns have none: nothing to do. Compensation writes
 * the campaign back as it was.
 */
export const updateCouponCampaignStep = createStep(
  updateCouponCampaignStepId,
  async ({ promotion_id, next }: UpdateCouponCampaignInput, { container }) => {
    if (!promotion_id) return new StepResponse(null, null)
    const promotions = container.resolve(Modules.PROMOTION)
    const [promotion] = await promotions.listPromotions({ id: [promotion_id] }, { relations: ["campaign"], take: 1 })
    const campaign = promotion?.campaign
    if (!campaign) return new StepResponse(null, null)
    const previous = { id: campaign.id, name: campaign.name, starts_at: campaign.starts_at ?? null, ends_at: campaign.ends_at ?? null }
    const updated = await promotions.updateCampaigns({ id: campaign.id, name: next.name.trim(), ...campaignWindow(next) })
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(Modules.PROMOTION).updateCampaigns({
      id: previous.id,
      name: previous.name,
      starts_at: previous.starts_at ? new Date(previous.starts_at) : null,
      ends_at: previous.ends_at ? new Date(previous.ends_at) : null,
    })
  }
)
