import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { appendPointsEntryStep } from "../steps/append-points-entry"
import { validatePointsCustomerStep } from "../steps/validate-points-customer"
import { emitPointsEntryEvents } from "../utils/emit-points-entry"

export const adjustPointsWorkflowId = "coupon-marketing-adjust-points"

export type AdjustPointsInput = {
  customer_id: string
  /** Signed: credits > 0, debits < 0 (a debit beyond the balance is refused). */
  points: number
  reason: string
  /** The admin user who made it. */
  created_by?: string | null
  /** Makes a retried request write nothing more (`adjust:<key>`). */
  idempotency_key: string
}

/** POINTS-3: an admin adjustment of a customer's points, emitting POINTS_CREDITED or POINTS_DEBITED. */
export const adjustPointsWorkflow = createWorkflow(adjustPointsWorkflowId, (input: AdjustPointsInput) => {
  validatePointsCustomerStep(input.customer_id)
  const result = appendPointsEntryStep(
    transform({ input }, ({ input }) => ({
      customer_id: input.customer_id,
      type: "adjust" as const,
      points: input.points,
      reason: input.reason,
      created_by: input.created_by ?? null,
      idempotency_key: `adjust:${input.idempotency_key}`,
    }))
  )
  emitPointsEntryEvents(result)
  return new WorkflowResponse(result)
})
