import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { IssueCouponCodesInput } from "../../../modules/coupon-marketing/service"

/**
 * Issues the codes in one transaction (bulk inserts). Compensation soft-deletes exactly the
 * codes this step issued, so a later failing step leaves no orphan codes.
 */
export const issueCouponCodesStep = createStep(
  "coupon-marketing-issue-coupon-codes",
  async (input: IssueCouponCodesInput, { container }) => {
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const { issued, skipped, codes } = await service.issueCouponCodes(input)
    // The workflow keeps each step's result: the counts, not 100,000 codes (they are in the table).
    return new StepResponse({ issued, skipped }, codes.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).softDeleteCouponCodes(ids)
  }
)
