import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { earnedPoints, pointsBasis } from "../../../modules/coupon-marketing/domain/points"
import { addMonths } from "../../../modules/coupon-marketing/domain/coupons"
import type { AppendPointsInput } from "../../../modules/coupon-marketing/types/points"

export const computeOrderPointsStepId = "coupon-marketing-compute-order-points"

type PlacedOrder = {
  id: string
  display_id?: number | string | null
  customer_id?: string | null
  customer?: { has_account?: boolean } | null
  item_total?: unknown
  item_discount_total?: unknown
}

const amount = (v: unknown) => (v && typeof v === "object" ? Number((v as { numeric?: number }).numeric ?? 0) : Number(v ?? 0))

/**
 * POINTS-2 with COUPON-3: the earn entry a placed order is due — floor(rate × merchandise
 * total), after or before the coupon discount — or `null` (a guest, nothing earned). One
 * basis for both: the amounts the shopper sees, tax included as the store prices them
 * (`item_total` is after the discount; adding `item_discount_total`, tax included too, gives
 * the total before it). Key `earn:<order id>`: an order earns once.
 */
export const computeOrderPointsStep = createStep(computeOrderPointsStepId, async (input: { order_id: string }, { container }) => {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "customer_id", "customer.has_account", "item_total", "item_discount_total"],
    filters: { id: input.order_id },
  })
  const order: PlacedOrder | undefined = orders[0]
  if (!order?.customer_id || !order.customer?.has_account) return new StepResponse<AppendPointsInput | null>(null)
  const total = amount(order.item_total)
  const discount = amount(order.item_discount_total)
  const { points_basis } = await service.getStoreSettings()
  const { points: options } = service.getOptions()
  const points = earnedPoints(pointsBasis(total + discount, discount, points_basis), { points: options.earn_points, per_amount: options.earn_per_amount })
  if (points <= 0) return new StepResponse<AppendPointsInput | null>(null)
  return new StepResponse<AppendPointsInput | null>({
    customer_id: order.customer_id,
    type: "earn",
    points,
    reason: `Order #${order.display_id ?? order.id}`,
    idempotency_key: `earn:${order.id}`,
    order_id: order.id,
    expires_at: options.expiry_months ? addMonths(new Date(), options.expiry_months) : null,
  })
})
