import { Modules, generateEntityId } from "@medusajs/framework/utils"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createPromotionsStep,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import { CouponMarketingEvents } from "../../../types/events"
import type { CouponInput } from "../../../types/coupons"
import { validateCouponStep } from "../steps/validate-coupon"
import { createCouponRecordStep } from "../steps/create-coupon-record"
import { normalizeFixedCode } from "../../../modules/coupon-marketing/domain/coupons"
import { newPromotionCode, promotionFor } from "../utils/promotion-input"
import { campaignFor } from "../utils/campaign-input"
import { createCouponCampaignStep } from "../steps/create-coupon-campaign"

export const createCouponWorkflowId = "coupon-marketing-create-coupon"
/** Serialises coupon creation so the live-coupon cap (COUPON-14) cannot be overrun. */
export const COUPONS_LOCK_KEY = "coupon-marketing:coupons"

/**
 * Creates a coupon (COUPON-4 … COUPON-15): validates it, creates the Medusa campaign (the
 * coupon's name and window) and the promotion it owns (active, a readable code, applying only
 * where the plugin grants it), stores the policy and links the two. Every step undoes itself if
 * a later one fails.
 */
export const createCouponWorkflow = createWorkflow(createCouponWorkflowId, (input: CouponInput) => {
  acquireLockStep({ key: COUPONS_LOCK_KEY, timeout: 10, ttl: 30 })
  const normalized = transform({ input }, ({ input }) => ({
    ...input,
    code: input.code_mode === "fixed" ? normalizeFixedCode(input.code) ?? input.code : null,
    currency_code: input.currency_code?.toLowerCase(),
  }))
  const valid = validateCouponStep({ input: normalized, mode: "create" })
  const ids = transform({ valid }, ({ valid }) => ({
    id: generateEntityId(undefined, "cpn"),
    code: newPromotionCode(valid),
    benefit: valid,
  }))
  const campaign = createCouponCampaignStep(transform({ ids, valid }, ({ ids, valid }) => campaignFor(ids.id, valid)))
  const promotionInput = transform({ ids, campaign }, ({ ids, campaign }) => [
    { ...promotionFor(ids.id, ids.benefit, ids.code), campaign_id: campaign.id },
  ])
  const promotions = createPromotionsStep(promotionInput)
  const recordInput = transform({ ids, valid, promotions }, ({ ids, valid, promotions }) => ({
    id: ids.id,
    input: valid,
    promotion_id: promotions[0].id,
    promotion_code: promotions[0].code!,
  }))
  const coupon = createCouponRecordStep(recordInput)
  const links = transform({ coupon }, ({ coupon }) => [
    { [COUPON_MARKETING_MODULE]: { coupon_id: coupon.id }, [Modules.PROMOTION]: { promotion_id: coupon.promotion_id } },
  ])
  createRemoteLinkStep(links)
  emitEventStep({
    eventName: CouponMarketingEvents.COUPON_CREATED,
    data: transform({ coupon }, ({ coupon }) => ({ id: coupon.id })),
  })
  releaseLockStep({ key: COUPONS_LOCK_KEY })
  return new WorkflowResponse(coupon)
})
