import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { GiftActivityRow, SaveGiftActivityInput } from "../../../modules/coupon-marketing/types/gifts"
import { storeCreditAvailability } from "../utils/store-credit"

export const saveGiftActivityStepId = "coupon-marketing-save-gift-activity"

/** GIFT-1…GIFT-3: creates or edits an activity (rules checked in the module, under its lock). Compensation undoes it. */
export const saveGiftActivityStep = createStep(
  saveGiftActivityStepId,
  async (input: SaveGiftActivityInput & { id?: string }, { container }) => {
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const { activity, previous } = await service.saveGiftActivity(input, storeCreditAvailability(container).available)
    return new StepResponse<GiftActivityRow, { id: string; previous: GiftActivityRow | null }>(activity, { id: activity.id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).undoSaveGiftActivity(undo.id, undo.previous)
  }
)
