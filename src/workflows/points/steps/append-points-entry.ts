import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { AppendPointsInput, PointsEntryRow } from "../../../modules/coupon-marketing/types/points"

export const appendPointsEntryStepId = "coupon-marketing-append-points-entry"

export type PointsEntryResult = {
  entry: PointsEntryRow | null
  balance: number
  /** False when the key was already written (a redelivered event, a retried request) or nothing was due. */
  created: boolean
}

/**
 * POINTS-1: appends one ledger entry (idempotent on its key; `null`: nothing is due).
 * Compensation writes the counter-entry of an entry this run created — the ledger is
 * append-only — so the balance is back where it was (a credit already spent is taken back as
 * far as the balance allows).
 */
export const appendPointsEntryStep = createStep(
  appendPointsEntryStepId,
  async (input: AppendPointsInput | null, { container }) => {
    if (!input) return new StepResponse<PointsEntryResult, null>({ entry: null, balance: 0, created: false }, null)
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const result: PointsEntryResult = await service.appendPoints(input)
    return new StepResponse<PointsEntryResult, PointsEntryResult["entry"]>(result, result.created ? result.entry : null)
  },
  async (entry, { container }) => {
    if (!entry || !entry.points) return
    await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).appendPoints({
      customer_id: entry.customer_id,
      type: entry.points > 0 ? "adjust" : "refund",
      points: -entry.points,
      reason: `Undone: ${entry.reason}`,
      idempotency_key: `undo:${entry.id}`,
      order_id: entry.order_id ?? null,
      clamp: true,
    })
  }
)
