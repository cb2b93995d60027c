import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { saveCouponSettingsStep } from "../steps/save-coupon-settings"
import { CouponMarketingEvents } from "../../../types/events"
import type { CouponSettingsValues } from "../../../types/settings"

export const updateCouponSettingsWorkflowId = "coupon-marketing-update-coupon-settings"

/** Updates the store-wide coupon settings (COUPON-1..3) and emits `coupon_marketing.settings_updated`. */
export const updateCouponSettingsWorkflow = createWorkflow(
  updateCouponSettingsWorkflowId,
  (input: Partial<CouponSettingsValues>) => {
    const settings = saveCouponSettingsStep(input)
    const eventData = transform({ input }, ({ input }) => ({ fields: Object.keys(input) }))
    emitEventStep({ eventName: CouponMarketingEvents.SETTINGS_UPDATED, data: eventData })
    return new WorkflowResponse(settings)
  }
)
