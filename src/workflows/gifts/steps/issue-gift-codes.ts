import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { GiftGrantedPrizes } from "../../../modules/coupon-marketing/types/gifts"
import type { GiftGrantClaimResult } from "./claim-gift-grant"

type GiftCodes = NonNullable<GiftGrantedPrizes["codes"]>

/**
 * GIFT-2/5: one individual code per coupon prize, valid the coupon's N days from now (relative
 * validity), source `gift` and the grant's id. A grant taken up again after a dead worker keeps
 * the codes already issued for it. Compensation soft-deletes the codes this run issued.
 */
export const issueGiftCodesStep = createStep(
  "coupon-marketing-issue-gift-codes",
  async (claim: GiftGrantClaimResult, { container }) => {
    if (!claim) return new StepResponse<GiftCodes, string[]>([], [])
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const { activity, grant } = claim
    const now = new Date()
    const codes: GiftCodes = []
    const created: string[] = []
    for (const prize of activity.prizes) {
      if (prize.type !== "coupon" && prize.type !== "free_shipping") continue
      const [held] = await service.listCouponCodes({ coupon_id: prize.coupon_id, customer_id: grant.customer_id, source: "gift", source_id: grant.id })
      if (held) {
        codes.push({ coupon_id: prize.coupon_id, code_id: held.id, code: held.code, expires_at: held.expires_at as Date | null, type: prize.type })
        continue
      }
      const result = await service.issueCouponCodes({ coupon_id: prize.coupon_id, customer_ids: [grant.customer_id], source: "gift", source_id: grant.id, once_per_customer: false, now })
      for (const c of result.codes) {
        created.push(c.id)
        codes.push({ coupon_id: prize.coupon_id, code_id: c.id, code: c.code, expires_at: c.expires_at, type: prize.type })
      }
    }
    return new StepResponse<GiftCodes, string[]>(codes, created)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).softDeleteCouponCodes(ids)
  }
)
