import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { ExchangeOfferInput } from "../../../types/points"

/** Stores the offer and ties it to its coupon. Compensation removes it. */
export const createOfferRecordStep = createStep(
  "coupon-marketing-create-offer-record",
  async ({ input, coupon_id }: { input: ExchangeOfferInput; coupon_id: string }, { container }) => {
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const offer = await service.createExchangeOffers({
      name: input.name,
      coupon_id,
      face_value: input.face_value,
      threshold: input.threshold,
      currency_code: input.currency_code,
      points_cost: input.points_cost,
      stock: input.stock,
      per_customer_limit: input.per_customer_limit ?? null,
      valid_days: input.valid_days,
      starts_at: input.starts_at ? new Date(input.starts_at) : null,
      ends_at: input.ends_at ? new Date(input.ends_at) : null,
    })
    return new StepResponse(offer, offer.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).deleteExchangeOffers(id)
  }
)
