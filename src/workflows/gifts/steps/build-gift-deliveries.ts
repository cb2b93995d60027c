import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { formatIndividualCode } from "../../../modules/coupon-marketing/domain/coupons"
import { grantSummary } from "../../../modules/coupon-marketing/domain/gifts"
import { giftDeliveryKey, giftPurpose } from "../../../modules/coupon-marketing/repositories/gifts"
import type { EnqueueDeliveryInput } from "../../../modules/coupon-marketing/types/deliveries"
import type { GiftGrantedPrizes } from "../../../modules/coupon-marketing/types/gifts"
import type { GiftGrantClaimResult as GiftClaim } from "./claim-gift-grant"
import { prizeCoupons, prizeViews } from "../utils/views"

export const GIFT_TEMPLATE = "coupon-marketing-membership-gift"
export const GIFT_FEED_TITLE = "Welcome! Your sign-up gift is here"

/**
 * GIFT-5: the messages naming what was given, on `feed` and `email` (the React Email template
 * `membership-gift`, rendered when it is sent, the prizes with the member's codes). Keys are unique per
 * (activity, customer, channel): a repeat queues nothing more.
 */
export const buildGiftDeliveriesStep = createStep(
  "coupon-marketing-build-gift-deliveries",
  async (input: { claim: GiftClaim; prizes: GiftGrantedPrizes }, { container }) => {
    if (!input.claim) return new StepResponse<{ deliveries: EnqueueDeliveryInput[] }>({ deliveries: [] })
    const { activity, grant } = input.claim
    const coupons = await prizeCoupons(container, [activity])
    const codeOf = new Map((input.prizes.codes ?? []).map((c) => [c.coupon_id, formatIndividualCode(c.code)]))
    const views = prizeViews(activity, coupons).map((v) => ({ ...v, code: v.coupon_id ? codeOf.get(v.coupon_id) ?? null : null }))
    const summary = grantSummary(views)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: ["id", "email", "first_name"], filters: { id: grant.customer_id } })
    const customer = data[0] as { id: string; email: string | null; first_name: string | null } | undefined
    const base = { purpose: giftPurpose(activity.id), customer_id: grant.customer_id, template: GIFT_TEMPLATE, resource_id: grant.id, resource_type: "coupon_marketing_membership_gift_grant" }
    const body = `Thank you for joining. Your sign-up gift "${activity.name}": ${summary}.`
    const data_ = { title: GIFT_FEED_TITLE, body, activity_id: activity.id, grant_id: grant.id, prizes: views }
    const deliveries: EnqueueDeliveryInput[] = [{ ...base, key: giftDeliveryKey(activity.id, grant.customer_id, "feed"), channel: "feed", to: grant.customer_id, data: data_ }]
    if (customer?.email) {
      // Rendered at send time with the React Email template `membership-gift` (src/emails).
      deliveries.push({
        ...base,
        key: giftDeliveryKey(activity.id, grant.customer_id, "email"),
        channel: "email",
        to: customer.email,
        data: {
          ...data_,
          first_name: customer.first_name ?? null,
          activity_name: activity.name,
          prizes: views.map((v) => ({ title: v.title, description: v.description ?? null, code: v.code })),
        },
      })
    }
    return new StepResponse({ deliveries })
  }
)
