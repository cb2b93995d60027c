import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../modules/coupon-marketing/service"
import { ExportOrder, ORDER_EXPORT_HEADER, orderExportRow } from "../../../../../modules/coupon-marketing/domain/coupons"
import { streamCsv } from "../../../../utils/csv-stream"
import { ORDER_FIELDS, withOrdererName } from "../../../../../workflows/coupons/utils/order-row"
import type { AdminOrderExportType } from "../validators"

const PAGE = 500

const EXPORT_FIELDS = [
  ...ORDER_FIELDS,
  "status",
  "customer_id",
  "currency_code",
  "item_total",
  "shipping_total",
  "discount_total",
  "tax_total",
  "total",
]

/**
 * GET /admin/coupon-marketing/orders/export.csv?created_at_gte&created_at_lt — orders with the
 * columns "coupon discount" and "coupon name" added (COUPON-23), oldest first, streamed page by
 * page (UTF-8 with BOM).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminOrderExportType>, res: MedusaResponse) => {
  const { created_at_gte, created_at_lt } = req.validatedQuery
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const timezone = service.getOptions().timezone
  const created: Record<string, Date> = {}
  if (created_at_gte) created.$gte = created_at_gte
  if (created_at_lt) created.$lt = created_at_lt
  const filters = Object.keys(created).length ? { created_at: created } : {}

  async function* pages() {
    for (let skip = 0; ; skip += PAGE) {
      const { data } = await query.graph({
        entity: "order",
        fields: EXPORT_FIELDS,
        filters,
        pagination: { skip, take: PAGE, order: { created_at: "ASC", id: "ASC" } },
      })
      if (!data.length) return
      const orders = data as (ExportOrder & { id: string })[]
      const coupons = await service.listOrderCouponUses(orders.map((o) => o.id))
      yield orders.map((o) => orderExportRow(withOrdererName(o as never) as ExportOrder, coupons[o.id] ?? null, timezone))
      if (data.length < PAGE) return
    }
  }

  await streamCsv(res, "orders-with-coupons.csv", ORDER_EXPORT_HEADER, pages())
}
