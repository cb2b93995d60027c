import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text, Tooltip } from "@medusajs/ui"
import { ReactNode } from "react"
import { Link } from "react-router-dom"
import { COUPONS_PATH, formatDateTime } from "../components/coupon-display"
import { useOrderCouponUse } from "../hooks/use-coupons"
import { useStoreTimezone } from "../hooks/use-coupon-settings"
import { errorMessage } from "../lib/sdk"
import { describeOrderDiscount, formatMoney } from "../../modules/coupon-marketing/domain/coupons"

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="text-ui-fg-subtle flex items-start justify-between gap-x-4">
    <Text size="small" leading="compact">
      {label}
    </Text>
    <div className="txt-compact-small text-ui-fg-base text-right">{children}</div>
  </div>
)

/**
 * The order page (SPEC §5): the plugin coupon the order used — its name, code, discount and
 * eligible total, and how that discount relates to the "Discount" of Medusa's order summary (tax,
 * other promotions) — and whether the use was given back when the order was cancelled (COUPON-21).
 * Orders without a plugin coupon show nothing.
 */
const OrderCouponUseWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data: use, isError, error } = useOrderCouponUse(order?.id)
  const timeZone = useStoreTimezone()

  if (isError) {
    return (
      <Container className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          Coupon marketing: could not load the order's coupon ({errorMessage(error)}).
        </Text>
      </Container>
    )
  }
  if (!use) return null
  // Medusa's order summary shows the order's discount with tax and every promotion: say which
  // this figure is, and why the two differ.
  const discount = use.order_discount
    ? describeOrderDiscount({
        coupon_discount: use.discount_total,
        currency_code: use.currency_code,
        order_discount_total: use.order_discount.discount_total,
        tax_inclusive: use.order_discount.tax_inclusive,
        other_promotions_total: use.order_discount.other_promotions_total,
      })
    : { amount: `−${formatMoney(use.discount_total, use.currency_code)}`, note: null }

  return (
    <Container className="divide-y p-0" role="region" aria-label="Coupon used">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <Heading level="h2">Coupon</Heading>
        {use.released_at && (
          <Tooltip content={`The order was cancelled and the use given back on ${formatDateTime(use.released_at, timeZone)} (${timeZone ?? "UTC"}).`}>
            <Badge size="2xsmall" color="orange">
              Use given back
            </Badge>
          </Tooltip>
        )}
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Row label="Name">
          {use.coupon_name ? (
            <Link
              to={`${COUPONS_PATH}/${use.coupon_id}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover outline-none focus-visible:underline"
            >
              {use.coupon_name}
            </Link>
          ) : (
            <span className="text-ui-fg-subtle">A coupon since purged</span>
          )}
        </Row>
        <Row label="Code">
          <span className="font-mono">{use.code}</span>
        </Row>
        <Row label="Discount">
          <span className="tabular-nums">{discount.amount}</span>
          {discount.note && (
            <Text size="xsmall" leading="compact" className="text-ui-fg-subtle tabular-nums">
              {discount.note}
            </Text>
          )}
        </Row>
        <Row label="Eligible total">
          <span className="tabular-nums">{formatMoney(use.eligible_total, use.currency_code)}</span>
        </Row>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderCouponUseWidget
