import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../../modules/coupon-marketing/service"
import { ReportCoupon, ReportOrder, USAGE_REPORT_HEADER, usageReportRow } from "../../../../../../modules/coupon-marketing/domain/coupons"
import { ORDER_FIELDS, OrderRow, withOrdererName } from "../../../../../../workflows/coupons/utils/order-row"
import { streamCsv } from "../../../../../utils/csv-stream"

/** Rows fetched per round trip: memory holds one page, whatever the report's length. */
const PAGE = 2_000

/**
 * GET /admin/coupon-marketing/coupons/:id/report.csv — the usage report (COUPON-22): one row per
 * order that used the coupon, streamed page by page (UTF-8 with BOM, opens in Excel). Works for
 * deleted coupons too, so their history stays reportable.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const coupon = await service.retrieveCoupon(req.params.id, { withDeleted: true })
  const timezone = service.getOptions().timezone
  let giftTitle: string | null = null
  if (coupon.gift_variant_id) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["title", "product.title"], filters: { id: coupon.gift_variant_id } })
    const v = data[0] as { title?: string; product?: { title?: string } } | undefined
    giftTitle = v ? [v.product?.title, v.title].filter(Boolean).join(" – ") : null
  }
  const policy: ReportCoupon = {
    ...coupon,
    benefit_value: coupon.benefit_value == null ? null : Number(coupon.benefit_value),
    condition_value: coupon.condition_value == null ? null : Number(coupon.condition_value),
  }

  const validityCache = new Map<string, string>()
  async function* pages() {
    let after: string | null = null
    for (;;) {
      const uses = await service.listUsageReportPage(coupon.id, after, PAGE)
      if (!uses.length) return
      after = uses[uses.length - 1].id
      // Uses record their order when it is created; only older ones need the order looked up.
      const orderIds = uses.filter((u) => u.order_id && u.order_display_id == null).map((u) => u.order_id!)
      const orders = new Map<string, ReportOrder>()
      if (orderIds.length) {
        const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderIds } })
        for (const o of data as OrderRow[]) orders.set(o.id, withOrdererName(o))
      }
      yield uses.map((u) => {
        const order: ReportOrder | null =
          u.order_display_id != null
            ? { display_id: u.order_display_id, created_at: u.ordered_at, email: u.email, first_name: u.orderer_name, last_name: null }
            : u.order_id
              ? orders.get(u.order_id) ?? null
              : null
        return usageReportRow(policy, u, order, timezone, giftTitle, validityCache)
      })
      if (uses.length < PAGE) return
    }
  }

  await streamCsv(res, `coupon-usage-${coupon.id}.csv`, USAGE_REPORT_HEADER, pages())
}
