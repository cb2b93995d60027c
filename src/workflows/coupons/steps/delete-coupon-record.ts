import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { CouponState } from "./load-coupon"

export const deleteCouponRecordStepId = "coupon-marketing-delete-coupon-record"

/**
 * COUPON-18: deletes a coupon, its codes, its promotion and its campaign at once, so its codes stop working
 * immediately and carts holding it lose it at their next recalculation. COUPON-17: an ended
 * coupon is kept (its history). Compensation restores them all.
 */
export const deleteCouponRecordStep = createStep(
  deleteCouponRecordStepId,
  async (state: CouponState, { container }) => {
    if (state.status === "ended") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Coupon "${state.input.name}" has ended and cannot be deleted`)
    }
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    await service.softDeleteCoupons(state.id)
    const codes = await service.listCouponCodes({ coupon_id: state.id }, { select: ["id"] })
    if (codes.length) await service.softDeleteCouponCodes(codes.map((c) => c.id))
    const carts = await service.listCartCoupons({ coupon_id: state.id }, { select: ["id"] })
    if (carts.length) await service.softDeleteCartCoupons(carts.map((c) => c.id))
    let campaignId: string | null = null
    if (state.promotion_id) {
      const promotions = container.resolve(Modules.PROMOTION)
      const [promotion] = await promotions.listPromotions({ id: [state.promotion_id] }, { select: ["id", "campaign_id"], take: 1 })
      campaignId = (promotion as { campaign_id?: string | null } | undefined)?.campaign_id ?? null
      await promotions.softDeletePromotions([state.promotion_id])
      if (campaignId) await promotions.softDeleteCampaigns([campaignId])
    }
    return new StepResponse(state.id, { state, campaignId, codeIds: codes.map((c) => c.id), cartIds: carts.map((c) => c.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    await service.restoreCoupons(undo.state.id)
    if (undo.codeIds.length) await service.restoreCouponCodes(undo.codeIds)
    if (undo.cartIds.length) await service.restoreCartCoupons(undo.cartIds)
    if (undo.campaignId) await container.resolve(Modules.PROMOTION).restoreCampaigns([undo.campaignId])
    if (undo.state.promotion_id) await container.resolve(Modules.PROMOTION).restorePromotions([undo.state.promotion_id])
  }
)
