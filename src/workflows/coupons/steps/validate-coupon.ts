import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { assertLiveCouponCapacity, formatCouponErrors, validateCouponInput } from "../../../modules/coupon-marketing/domain/coupons"
import type { CouponInput, CouponStatus } from "../../../types/coupons"

export const validateCouponStepId = "coupon-marketing-validate-coupon"

export interface ValidateCouponStepInput {
  input: CouponInput
  mode: "create" | "update"
  original?: { id?: string; starts_at?: Date | string | null; status: CouponStatus } & Partial<CouponInput>
}

/**
 * The coupon rules of SPEC §1 (COUPON-4 … COUPON-14, COUPON-17), plus the live-coupon cap on
 * create. Dates in the refusals are in the store's time zone (option `timezone`); the earliest
 * start is the option `coupons.min_start_lead_minutes` from now. Refuses with INVALID_DATA naming every bad field, or NOT_ALLOWED for the cap.
 */
export const validateCouponStep = createStep(
  validateCouponStepId,
  async ({ input, mode, original }: ValidateCouponStepInput, { container }) => {
    const now = new Date()
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const { timezone, coupons } = service.getOptions()
    const errors = validateCouponInput(input, {
      now,
      mode,
      timeZone: timezone,
      minStartLeadMinutes: coupons.min_start_lead_minutes,
      original: original && {
        starts_at: original.starts_at,
        status: original.status,
        audience: original.audience,
        code_mode: original.code_mode,
        code: original.code,
        validity_type: original.validity_type,
        currency_code: original.currency_code,
      },
    })
    if (errors.length) {
      const ended = errors.find((e) => e.field === "status")
      throw new MedusaError(ended ? MedusaError.Types.NOT_ALLOWED : MedusaError.Types.INVALID_DATA, formatCouponErrors(errors))
    }
    const taken: string[] = []
    if (mode === "create" && input.code) {
      const [other] = await service.listCoupons({ code: input.code }, { take: 1, select: ["id"] })
      if (other) taken.push(`code: The code ${input.code.trim().toUpperCase()} is already used by another coupon: choose another code`)
    }
    if (input.benefit_type === "gift_product" && input.gift_variant_id) {
      const [other] = await service.listCoupons({ gift_variant_id: input.gift_variant_id }, { take: 1, select: ["id"] })
      if (other && other.id !== original?.id) {
        taken.push("gift_variant_id: This product is already the gift of another coupon: choose another gift product")
      }
    }
    if (taken.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, taken.join("\n"))
    }
    if (mode === "create") {
      const refusal = assertLiveCouponCapacity(await service.countLiveCoupons(now))
      if (refusal) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
      }
    }
    return new StepResponse(input)
  }
)
