import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { AppendPointsInput } from "../../../modules/coupon-marketing/types/points"

export const computeOrderReversalStepId = "coupon-marketing-compute-order-reversal"

/**
 * POINTS-2: the entry that takes back what a canceled order earned — or `null` (it earned
 * nothing). Once: key `reverse:<order id>`. Points already spent cannot be taken back (`clamp`:
 * the balance never goes below 0, the entry records what was actually taken).
 */
export const computeOrderReversalStep = createStep(computeOrderReversalStepId, async (input: { order_id: string }, { container }) => {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const [earned] = await service.listPointsEntries({ idempotency_key: `earn:${input.order_id}` })
  if (!earned) return new StepResponse<AppendPointsInput | null>(null)
  return new StepResponse<AppendPointsInput | null>({
    customer_id: earned.customer_id,
    type: "refund",
    points: -earned.points,
    reason: `${earned.reason} cancelled`,
    idempotency_key: `reverse:${input.order_id}`,
    order_id: input.order_id,
    clamp: true,
  })
})
