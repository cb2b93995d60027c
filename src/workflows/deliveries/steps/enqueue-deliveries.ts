import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { EnqueueDeliveryInput } from "../../../modules/coupon-marketing/types/deliveries"

export const enqueueDeliveriesStepId = "coupon-marketing-enqueue-deliveries"

/** Queues messages (one per key; a key queued before is left alone). Compensation removes the ones it queued, if still pending. */
export const enqueueDeliveriesStep = createStep(
  enqueueDeliveriesStepId,
  async (input: { deliveries: EnqueueDeliveryInput[] }, { container }) => {
    const created = await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).enqueueDeliveries(input.deliveries)
    return new StepResponse(created, created.map((d) => d.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).deletePendingDeliveries(ids)
  }
)
