import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { isPluginPromotionCode } from "../../../../../../workflows/coupons/utils/promotion-input"
import { COUPON_MARKETING_MODULE } from "../../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../../modules/coupon-marketing/service"
import { formatIndividualCode } from "../../../../../../modules/coupon-marketing/domain/coupons"
import type { AdminOrderCouponUseResponse, AdminOrderDiscount } from "../../../../../../types/http"

/**
 * GET /admin/coupon-marketing/orders/:id/coupon — the plugin coupon an order used (the order
 * page's widget): `{ coupon_use: { coupon_id, coupon_name, code, eligible_total, discount_total,
 * currency_code, released_at } | null }`. `released_at` is set once the order was cancelled and
 * the use given back (COUPON-21). `order_discount` carries what Medusa's order summary shows
 * beside it — `discount_total` (with tax, every promotion), `discount_subtotal`,
 * `discount_tax_total`, whether the order's prices include tax, and the other promotions'
 * adjustments — so the widget can say why the two figures differ.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminOrderCouponUseResponse<Date>>) => {
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const [usage] = await service.listCouponUsages({ order_id: req.params.id }, { take: 1, order: { created_at: "DESC" } })
  if (!usage) {
    res.json({ coupon_use: null })
    return
  }
  const [coupon] = await service.listCoupons({ id: usage.coupon_id }, { take: 1, withDeleted: true })
  res.json({
    coupon_use: {
      id: usage.id,
      coupon_id: usage.coupon_id,
      coupon_name: coupon?.name ?? null,
      code: usage.coupon_code_id ? formatIndividualCode(usage.code) : usage.code,
      eligible_total: Number(usage.eligible_total),
      discount_total: Number(usage.discount_total),
      currency_code: usage.currency_code,
      released_at: usage.released_at,
      created_at: usage.created_at,
    },
    order_discount: await orderDiscount(req.scope, req.params.id),
  })
}

type Adjustment = { code?: string | null; amount?: unknown; is_tax_inclusive?: boolean | null }

async function orderDiscount(scope: MedusaContainer, orderId: string): Promise<AdminOrderDiscount | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "discount_total",
      "discount_subtotal",
      "discount_tax_total",
      "items.is_tax_inclusive",
      "items.adjustments.code",
      "items.adjustments.amount",
      "shipping_methods.is_tax_inclusive",
      "shipping_methods.adjustments.code",
      "shipping_methods.adjustments.amount",
    ],
    filters: { id: orderId },
  })
  if (!order) return null
  const o: {
    discount_total: unknown
    discount_subtotal?: unknown
    discount_tax_total: unknown
    // Medusa's generated query types allow null entries everywhere.
    items?: ({ is_tax_inclusive?: boolean | null; adjustments?: (Adjustment | null)[] | null } | null)[] | null
    shipping_methods?: ({ is_tax_inclusive?: boolean | null; adjustments?: (Adjustment | null)[] | null } | null)[] | null
  } = order
  const lines = [...(o.items ?? []), ...(o.shipping_methods ?? [])].filter((l) => l !== null)
  const other = new Map<string, number>()
  for (const line of lines) {
    for (const a of line.adjustments ?? []) {
      if (!a) continue
      // One plugin coupon per order: every other adjustment is another promotion's.
      if (isPluginPromotionCode(a.code)) continue
      const code = a.code ?? ""
      other.set(code, (other.get(code) ?? 0) + Number(a.amount ?? 0))
    }
  }
  return {
    discount_total: Number(o.discount_total ?? 0),
    discount_subtotal: Number(o.discount_subtotal ?? 0),
    discount_tax_total: Number(o.discount_tax_total ?? 0),
    tax_inclusive: (o.items ?? []).some((i) => !!i?.is_tax_inclusive),
    other_promotions_total: [...other.values()].reduce((sum, n) => sum + n, 0),
    other_promotion_codes: [...other.keys()].filter(Boolean),
  }
}
