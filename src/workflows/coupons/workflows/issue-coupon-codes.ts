import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CouponMarketingEvents } from "../../../types/events"
import { CodeRecipientsInput, resolveCodeRecipientsStep } from "../steps/resolve-code-recipients"
import { issueCouponCodesStep } from "../steps/issue-coupon-codes"

export const issueCouponCodesWorkflowId = "coupon-marketing-issue-coupon-codes"

export interface IssueCouponCodesWorkflowInput extends CodeRecipientsInput {
  source?: string
  source_id?: string | null
  /** false: every customer gets a new code even if they hold one (exchanges). Default true. */
  once_per_customer?: boolean
}

/**
 * Issues individual codes of a coupon (COUPON-5) to picked customers, a customer group, or the
 * coupon's audience; customers who already hold one are skipped (unless told otherwise).
 * Answers `{ issued, skipped }` (the codes are in the table, by `source` and `source_id`) and emits
 * `coupon_marketing.codes_issued`.
 */
export const issueCouponCodesWorkflow = createWorkflow(issueCouponCodesWorkflowId, (input: IssueCouponCodesWorkflowInput) => {
  const recipients = resolveCodeRecipientsStep(input)
  const issueInput = transform({ input, recipients }, ({ input, recipients }) => ({
    coupon_id: recipients.coupon.id,
    customer_ids: recipients.customer_ids,
    source: input.source ?? "admin",
    source_id: input.source_id ?? null,
    once_per_customer: input.once_per_customer !== false,
  }))
  const result = issueCouponCodesStep(issueInput)
  emitEventStep({
    eventName: CouponMarketingEvents.CODES_ISSUED,
    data: transform({ input, result }, ({ input, result }) => ({ coupon_id: input.coupon_id, issued: result.issued, source: input.source ?? "admin", source_id: input.source_id ?? null })),
  })
  return new WorkflowResponse(result)
})
