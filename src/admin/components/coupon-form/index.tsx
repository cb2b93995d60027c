import { Alert, Button, Hint, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminCoupon, AdminCouponOfferImpact } from "../../hooks/use-coupons"
import { useCouponSettingsResponse } from "../../hooks/use-coupon-settings"
import { COUPONS_PATH } from "../coupon-display"
import { PageError, PageLoading } from "../layout"
import { AudienceSection } from "./audience-section"
import { BasicsSection } from "./basics-section"
import { BenefitSection } from "./benefit-section"
import { ConditionsSection } from "./conditions-section"
import { LimitsSection } from "./limits-section"
import { TargetsSection } from "./targets-section"
import { useCouponForm } from "./use-coupon-form"
import { ValiditySection } from "./validity-section"

export interface CouponFormProps {
  /** Editing: the stored coupon. Creating: nothing. */
  coupon?: AdminCoupon
}

/**
 * Create or edit a coupon (COUPON-4 … COUPON-13, COUPON-17): one section per part of the
 * policy, one form hook (`useCouponForm`) holding the values, the rules' and the API's errors
 * and the submit. Editing, only what COUPON-17 lets change is enabled; an ended coupon is
 * shown read-only.
 */
export const CouponForm = ({ coupon }: CouponFormProps) => {
  // The store's time zone and earliest start come with the settings.
  const settings = useCouponSettingsResponse()
  if (settings.isLoading) return <PageLoading label="Loading the store's time zone" />
  if (!settings.data) {
    return <PageError what="the store's time zone" error={settings.error} onRetry={() => settings.refetch()} />
  }
  return (
    <CouponFormBody
      coupon={coupon}
      timeZone={settings.data.timezone}
      leadMinutes={settings.data.min_start_lead_minutes}
    />
  )
}

const CouponFormBody = ({ coupon, timeZone, leadMinutes }: CouponFormProps & { timeZone: string; leadMinutes: number }) => {
  const form = useCouponForm({ coupon, timeZone, leadMinutes })
  const { editing, readOnly, pending, dirty, formError, onSubmit, hiddenOffers } = form

  return (
    <form onSubmit={onSubmit} noValidate className="divide-y" aria-label={editing ? "Edit coupon" : "Create coupon"}>
      {readOnly && (
        <div className="px-6 py-4">
          <Hint>This coupon has ended: it can no longer be edited or deleted.</Hint>
        </div>
      )}
      <BasicsSection form={form} />
      <AudienceSection form={form} />
      <ValiditySection form={form} />
      <BenefitSection form={form} />
      <ConditionsSection form={form} />
      <TargetsSection form={form} />
      <LimitsSection form={form} />
      {hiddenOffers.length > 0 && <OfferImpactWarning offers={hiddenOffers} />}
      <div className="flex items-center justify-end gap-x-2 px-6 py-4">
        {formError && (
          <Hint variant="error" className="mr-auto">
            {formError}
          </Hint>
        )}
        <Button type="button" variant="secondary" asChild>
          <Link to={COUPONS_PATH}>{readOnly ? "Back to coupons" : "Cancel"}</Link>
        </Button>
        {!readOnly && (
          <Button type="submit" isLoading={pending} disabled={editing && !dirty}>
            {editing ? "Save" : "Create coupon"}
          </Button>
        )}
      </div>
    </form>
  )
}

/**
 * POINTS-5, before saving: an exchange offer a free coupon beats is hidden from every shopper
 * until it is made deeper. Said here, so that it does not vanish unnoticed.
 */
const OfferImpactWarning = ({ offers }: { offers: AdminCouponOfferImpact[] }) => (
  <div className="px-6 py-4" role="status" aria-live="polite" data-testid="offer-impact-warning">
    <Alert variant="warning">
      <div className="flex flex-col gap-y-2">
        {offers.map((o) => (
          <Text key={o.id} size="small">
            Saving this coupon hides the exchange offer '{o.name}' from every shopper: {o.message}
          </Text>
        ))}
        <Text size="small" className="text-ui-fg-subtle">
          Make the offer deeper under Coupon marketing → Points, or choose a smaller amount here.
        </Text>
      </div>
    </Alert>
  </div>
)
