import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { ExchangeOfferInput } from "../../../types/points"

export type OfferUpdate = Partial<Pick<ExchangeOfferInput, "name" | "face_value" | "threshold" | "points_cost" | "stock" | "per_customer_limit" | "starts_at" | "ends_at">>

/** The offer as an input, to merge an update into and validate. */
export const loadOfferStep = createStep("coupon-marketing-load-offer", async (id: string, { container }) => {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const [offer] = await service.listExchangeOffers({ id })
  if (!offer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Exchange offer with id: ${id} was not found`)
  return new StepResponse({
    id: offer.id,
    coupon_id: offer.coupon_id,
    exchanged_count: offer.exchanged_count,
    input: {
      name: offer.name,
      face_value: Number(offer.face_value),
      threshold: Number(offer.threshold),
      currency_code: offer.currency_code,
      points_cost: offer.points_cost,
      stock: offer.stock,
      per_customer_limit: offer.per_customer_limit,
      valid_days: offer.valid_days,
      starts_at: offer.starts_at,
      ends_at: offer.ends_at,
    } as ExchangeOfferInput,
  })
})

/**
 * Writes an offer's new terms; it passed the deeper-than-free check, so it is compliant again
 * (POINTS-5: "hidden until fixed"). Compensation puts the old terms back.
 */
export const updateOfferRecordStep = createStep(
  "coupon-marketing-update-offer-record",
  async ({ id, next, previous, exchanged_count }: { id: string; next: ExchangeOfferInput; previous: ExchangeOfferInput; exchanged_count: number }, { container }) => {
    if (next.stock < exchanged_count) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `stock: ${exchanged_count} were already exchanged, the stock cannot be ${next.stock}`)
    }
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const row = (terms: ExchangeOfferInput) => ({
      id,
      name: terms.name,
      face_value: terms.face_value,
      threshold: terms.threshold,
      points_cost: terms.points_cost,
      stock: terms.stock,
      per_customer_limit: terms.per_customer_limit ?? null,
      starts_at: terms.starts_at ? new Date(terms.starts_at) : null,
      ends_at: terms.ends_at ? new Date(terms.ends_at) : null,
    })
    const updated = await service.updateExchangeOffers({ ...row(next), compliance: "compliant", non_compliant_reason: null, rival_coupon_id: null })
    return new StepResponse(updated, row(previous))
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).updateExchangeOffers(previous)
  }
)
