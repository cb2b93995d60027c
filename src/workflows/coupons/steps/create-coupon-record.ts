import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { CouponInput } from "../../../types/coupons"

export const createCouponRecordStepId = "coupon-marketing-create-coupon-record"

export interface CreateCouponRecordInput {
  id: string
  input: CouponInput
  promotion_id: string
  promotion_code: string
}

/** Stores the coupon's policy. Compensation removes it. */
export const createCouponRecordStep = createStep(
  createCouponRecordStepId,
  async ({ id, input, promotion_id, promotion_code }: CreateCouponRecordInput, { container }) => {
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const coupon = await service.createCoupons({
      id,
      name: input.name.trim(),
      audience: input.audience,
      code_mode: input.code_mode,
      code: input.code ?? null,
      customer_group_id: input.customer_group_id ?? null,
      validity_type: input.validity_type,
      starts_at: input.starts_at ? new Date(input.starts_at) : null,
      ends_at: input.ends_at ? new Date(input.ends_at) : null,
      valid_days: input.valid_days ?? null,
      benefit_type: input.benefit_type,
      benefit_value: input.benefit_value ?? null,
      gift_variant_id: input.gift_variant_id ?? null,
      currency_code: input.currency_code.toLowerCase(),
      condition_type: input.condition_type,
      condition_value: input.condition_value ?? null,
      category_ids: input.category_ids ?? [],
      per_customer_limit: input.code_mode === "individual" ? 1 : input.per_customer_limit ?? null,
      total_limit: input.total_limit ?? null,
      promotion_id,
      promotion_code,
    })
    return new StepResponse(coupon, coupon.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).deleteCoupons(id)
  }
)
