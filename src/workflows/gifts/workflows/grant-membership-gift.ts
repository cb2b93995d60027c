import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CouponMarketingEvents } from "../../../types/events"
import { giftPointsKey } from "../../../modules/coupon-marketing/repositories/gifts"
import type { AppendPointsInput } from "../../../modules/coupon-marketing/types/points"
import type { GiftGrantedPrizes } from "../../../modules/coupon-marketing/types/gifts"
import { appendPointsEntryStep } from "../../points/steps/append-points-entry"
import { enqueueDeliveriesStep } from "../../deliveries/steps/enqueue-deliveries"
import { claimGiftGrantStep } from "../steps/claim-gift-grant"
import { issueGiftCodesStep } from "../steps/issue-gift-codes"
import { buildGiftDeliveriesStep } from "../steps/build-gift-deliveries"
import { finishGiftGrantStep } from "../steps/finish-gift-grant"
import { grantGiftStoreCreditStep } from "../steps/grant-gift-store-credit"

export const grantMembershipGiftWorkflowId = "coupon-marketing-grant-membership-gift"

/**
 * GIFT-5: gives the active activity's package to a new member, once. The grant row (unique per
 * activity and customer) comes first: of the same `customer.created` delivered three times at
 * once, one run claims it and the others do nothing. Then the points (a `gift` ledger entry,
 * idempotent on `gift:<activity>:<customer>`), the codes (valid N days from now), the messages on
 * `feed` and `email` through the delivery pipeline, and the grant marked `granted`. A failing
 * step undoes the ones before it (counter-entry, codes deleted, credit deleted, messages dropped,
 * grant row removed). A store credit prize credits the customer's account through Medusa's loyalty
 * plugin (idempotent on the grant id, the transaction deleted on compensation).
 */
export const grantMembershipGiftWorkflow = createWorkflow(grantMembershipGiftWorkflowId, (input: { customer_id: string }) => {
  const claim = claimGiftGrantStep(input)
  const pointsInput = transform({ claim }, ({ claim }): AppendPointsInput | null => {
    const prize = claim?.activity.prizes.find((p) => p.type === "points")
    if (!claim || !prize || prize.type !== "points") return null
    return {
      customer_id: claim.grant.customer_id,
      type: "gift",
      points: prize.amount,
      reason: `Sign-up gift: ${claim.activity.name}`,
      idempotency_key: giftPointsKey(claim.activity.id, claim.grant.customer_id),
    }
  })
  const points = appendPointsEntryStep(pointsInput)
  const codes = issueGiftCodesStep(claim)
  const storeCredit = grantGiftStoreCreditStep(claim)
  const prizes = transform({ points, codes, storeCredit }, ({ points, codes, storeCredit }): GiftGrantedPrizes => ({
    points_entry_id: points.entry?.id ?? null,
    codes,
    store_credit: storeCredit ?? null,
  }))
  const deliveries = buildGiftDeliveriesStep({ claim, prizes })
  enqueueDeliveriesStep(deliveries)
  const granted = finishGiftGrantStep({ claim, prizes })
  when({ claim, granted }, ({ claim, granted }) => !!claim && granted).then(() => {
    emitEventStep({
      eventName: CouponMarketingEvents.GIFT_GRANTED,
      data: transform({ claim, prizes }, ({ claim, prizes }) => ({
        id: claim!.grant.id,
        activity_id: claim!.activity.id,
        customer_id: claim!.grant.customer_id,
        points_entry_id: prizes.points_entry_id ?? null,
        code_ids: (prizes.codes ?? []).map((c) => c.code_id),
      })),
    })
  })
  return new WorkflowResponse(transform({ claim, prizes }, ({ claim, prizes }) => ({ granted: !!claim, grant_id: claim?.grant.id ?? null, prizes })))
})
