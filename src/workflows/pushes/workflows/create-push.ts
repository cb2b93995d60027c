import { CouponMarketingEvents } from "../../../types/events"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { validatePushStep } from "../steps/validate-push"
import { createPushRecordStep } from "../steps/create-push-record"
import type { PushInput } from "../utils/input"

export const createPushWorkflowId = "coupon-marketing-create-push"
export const PUSH_CREATED_EVENT = CouponMarketingEvents.PUSH_CREATED

/**
 * PUSH-3…PUSH-8: validates a push (coupon, slot, best items, audience) and writes it scheduled,
 * under the weekly quota / direct cap; emits `coupon_marketing.push_created` `{ id }`.
 */
export const createPushWorkflow = createWorkflow(createPushWorkflowId, (input: PushInput & { now?: Date | string }) => {
  const checked = validatePushStep(input)
  const push = createPushRecordStep(
    transform({ input, checked }, ({ input, checked }) => ({
      type: input.type,
      coupon_id: input.coupon_id,
      send_at: input.send_at!,
      channels: checked.channels,
      audience: input.audience as unknown as Record<string, unknown>,
      best_items: input.best_items as unknown as Record<string, unknown>,
      banner: input.banner ?? null,
      planned_recipients: checked.planned_recipients,
    }))
  )
  emitEventStep({ eventName: PUSH_CREATED_EVENT, data: transform({ push }, ({ push }) => ({ id: push.id })) }).config({ name: "coupon-marketing-emit-push-created" })
  return new WorkflowResponse(push)
})
