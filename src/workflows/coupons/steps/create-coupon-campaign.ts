import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { CreateCampaignDTO } from "@medusajs/framework/types"

export const createCouponCampaignStepId = "coupon-marketing-create-coupon-campaign"

/**
 * Creates the Medusa campaign a new coupon's promotion belongs to (its name and window, so
 * Medusa's Promotions list tells coupons apart and shows "Scheduled" / "Expired"). Compensation
 * deletes it.
 */
export const createCouponCampaignStep = createStep(
  createCouponCampaignStepId,
  async (input: CreateCampaignDTO, { container }) => {
    const [campaign] = await container.resolve(Modules.PROMOTION).createCampaigns([input])
    return new StepResponse(campaign, campaign.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve(Modules.PROMOTION).deleteCampaigns([id])
  }
)
