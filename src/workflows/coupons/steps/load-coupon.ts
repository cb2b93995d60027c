import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { CouponInput, CouponStatus } from "../../../types/coupons"
import { CouponRow, statusOf } from "../utils/coupon-row"

export const loadCouponStepId = "coupon-marketing-load-coupon"

/** A stored coupon as the rules see it, with its derived status (404 when missing). */
export const loadCouponStep = createStep(loadCouponStepId, async (id: string, { container }) => {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const row = (await service.retrieveCoupon(id)) as unknown as CouponRow
  return new StepResponse(toCouponState(row))
})

export interface CouponState {
  id: string
  promotion_id: string | null
  status: CouponStatus
  input: CouponInput
}

export function toCouponState(row: CouponRow, now = new Date()): CouponState {
  return {
    id: row.id,
    promotion_id: row.promotion_id,
    status: statusOf(row, now),
    input: {
      name: row.name,
      audience: row.audience as CouponInput["audience"],
      code_mode: row.code_mode,
      code: row.code,
      customer_group_id: row.customer_group_id,
      validity_type: row.validity_type,
      starts_at: row.starts_at ? new Date(row.starts_at).toISOString() : null,
      ends_at: row.ends_at ? new Date(row.ends_at).toISOString() : null,
      valid_days: row.valid_days,
      benefit_type: row.benefit_type as CouponInput["benefit_type"],
      benefit_value: row.benefit_value == null ? null : Number(row.benefit_value),
      gift_variant_id: row.gift_variant_id,
      currency_code: row.currency_code,
      condition_type: row.condition_type as CouponInput["condition_type"],
      condition_value: row.condition_value == null ? null : Number(row.condition_value),
      category_ids: row.category_ids ?? [],
      per_customer_limit: row.per_customer_limit,
      total_limit: row.total_limit,
    },
  }
}
