import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { GiftGrantedPrizes } from "../../../modules/coupon-marketing/types/gifts"
import type { GiftGrantClaimResult } from "./claim-gift-grant"

/** GIFT-5, last: the grant is `granted` with what it gave (the figures of GIFT-6 count these). */
export const finishGiftGrantStep = createStep(
  "coupon-marketing-finish-gift-grant",
  async (input: { claim: GiftGrantClaimResult; prizes: GiftGrantedPrizes }, { container }) => {
    if (!input.claim) return new StepResponse(false)
    await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).finishGiftGrant(input.claim.grant.id, input.prizes)
    return new StepResponse(true)
  }
)
