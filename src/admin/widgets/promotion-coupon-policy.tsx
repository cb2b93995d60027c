import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminPromotion, DetailWidgetProps } from "@medusajs/framework/types"
import { ArrowUpRightOnBox } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import {
  AUDIENCE_LABELS,
  COUPONS_PATH,
  CouponStatusBadge,
  limitsText,
  plural,
  targetText,
  validityText,
} from "../components/coupon-display"
import { DetailRow } from "../components/layout"
import { useCouponOfPromotion } from "../hooks/use-coupons"
import { useStoreTimezone } from "../hooks/use-coupon-settings"
import { errorMessage } from "../lib/sdk"
import { describeBenefit, describeCondition } from "../../modules/coupon-marketing/domain/coupons"

/**
 * The promotion page (SPEC §5): when the promotion belongs to a plugin coupon, its coupon policy
 * and live usage, with a link to the coupon. Other promotions show nothing. In the side column,
 * whose top the merchant sees first (Medusa 2.21 appends widgets after a column's own sections,
 * whatever .before/.after says, and the main column ends with the JSON).
 */
const PromotionCouponPolicyWidget = ({ data: promotion }: DetailWidgetProps<AdminPromotion>) => {
  const { data: coupon, isError, error } = useCouponOfPromotion(promotion?.id)
  const timeZone = useStoreTimezone()

  if (isError) {
    return (
      <Container className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          Coupon marketing: could not check whether a coupon owns this promotion ({errorMessage(error)}).
        </Text>
      </Container>
    )
  }
  if (!coupon) return null

  return (
    <Container className="divide-y p-0" role="region" aria-label="Coupon policy">
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <div>
          <Heading level="h2">Coupon policy</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            This promotion belongs to a coupon of Coupon marketing. Edit the coupon, not the promotion: the coupon
            keeps it in step.
          </Text>
        </div>
        <div className="flex shrink-0 items-center gap-x-2">
          <CouponStatusBadge status={coupon.status} />
          <Button size="small" variant="secondary" asChild>
            <Link to={`${COUPONS_PATH}/${coupon.id}`}>
              <ArrowUpRightOnBox />
              Open coupon
            </Link>
          </Button>
        </div>
      </div>
      <DetailRow label="Name">
        <span className="text-ui-fg-base">{coupon.name}</span>
      </DetailRow>
      <DetailRow label="Audience">{AUDIENCE_LABELS[coupon.audience] ?? coupon.audience}</DetailRow>
      <DetailRow label="Code">
        {coupon.code_mode === "fixed" && coupon.code ? <span className="font-mono">{coupon.code}</span> : "Individual codes"}
      </DetailRow>
      <DetailRow label="Benefit">{describeBenefit(coupon)}</DetailRow>
      <DetailRow label="Condition">{describeCondition(coupon)}</DetailRow>
      <DetailRow label="Products">{targetText(coupon)}</DetailRow>
      <DetailRow label="Validity">{validityText(coupon, timeZone)}</DetailRow>
      <DetailRow label="Limits">{limitsText(coupon)}</DetailRow>
      <DetailRow label="Usage">
        <span className="tabular-nums">
          {plural(coupon.uses, "use")}
          {coupon.total_limit ? ` of ${coupon.total_limit.toLocaleString()}` : ""}
          {coupon.code_mode === "individual" ? ` · ${plural(coupon.codes_issued, "code")} issued` : ""}
        </span>
      </DetailRow>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "promotion.details.side.before",
})

export default PromotionCouponPolicyWidget
