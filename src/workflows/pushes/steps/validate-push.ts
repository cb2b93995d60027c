import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { slotRefusal } from "../../../modules/coupon-marketing/domain/pushes"
import { statusOf } from "../../coupons/utils/coupon-row"
import { countAudience } from "../utils/audience"
import { loadBestItems } from "../utils/content"
import { ALL_CHANNELS, type PushInput } from "../utils/input"
import { couponsByIds, isPushableCoupon } from "../utils/views"

export const validatePushStepId = "coupon-marketing-validate-push"

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * PUSH-3/4/5/7: a push that can be created — a plugin coupon scheduled or active (and not ended
 * by the send), a send slot, best items that exist, and an audience the coupon allows. Answers
 * the recipients counted now (the direct cap plans with them). The quota is the service's (under its lock).
 */
export const validatePushStep = createStep(validatePushStepId, async (input: PushInput & { now?: Date | string; require_slot?: boolean }, { container }) => {
  return new StepResponse(await checkPushInput(container, input))
})

/** The checks of `validatePushStep` (the preview runs them too, the slot aside). */
export async function checkPushInput(container: MedusaContainer, input: PushInput & { now?: Date | string; require_slot?: boolean }) {
  const svc = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const tz = svc.getOptions().timezone
  const now = input.now ? new Date(input.now) : new Date()
  const coupon = (await couponsByIds(container, [input.coupon_id]))[input.coupon_id]
  if (!coupon) throw refuse(`coupon_id: There is no coupon with the id ${input.coupon_id}.`)
  if (!isPushableCoupon(coupon, now)) throw refuse(`coupon_id: The coupon "${coupon.name}" has ended: only scheduled or active coupons can be pushed.`)
  if (input.send_at) {
    const sendAt = new Date(input.send_at)
    if (input.require_slot !== false) {
      const refusal = slotRefusal(sendAt, now, tz)
      if (refusal) throw refuse(refusal)
    }
    if (statusOf(coupon, sendAt) === "ended") throw refuse(`coupon_id: The coupon "${coupon.name}" ends before the send time: choose an earlier time or another coupon.`)
  }
  if (input.best_items.mode === "manual") {
    const found = await loadBestItems(container, input.best_items, now)
    const missing = input.best_items.product_ids.filter((id) => !found.some((p) => p.id === id))
    if (missing.length) throw refuse(`best_items: These products do not exist: ${missing.join(", ")}.`)
  }
  const channels = input.channels?.length ? input.channels : ALL_CHANNELS
  const counted = await countAudience(container, { audience: input.audience, channels, coupon, now })
  if (input.audience.kind !== "followers" && counted.candidates === 0) {
    throw refuse(input.audience.kind === "orders" ? "audience: None of the chosen orders belongs to a customer." : "audience: None of the chosen customers exists, and the group has no members.")
  }
  if (counted.candidates > 0 && counted.excluded.not_in_coupon_audience === counted.candidates) {
    throw refuse(`audience: None of these customers may use the coupon "${coupon.name}" (its audience does not include them). Choose another coupon or audience.`)
  }
  return { coupon, coupon_id: coupon.id, coupon_name: coupon.name, channels, planned_recipients: counted.count, counted }
}
