import { Input } from "@medusajs/ui"
import { COUPON_LIMITS } from "../../../types/coupons"
import { FormField, Section } from "../layout"
import type { CouponFormState } from "./use-coupon-form"

/** Usage limits (COUPON-13): per customer and in total. */
export const LimitsSection = ({ form }: { form: CouponFormState }) => {
  const { values, set, errorOf, disabled } = form
  const perCustomerApplies = values.audience === "members_only" && values.code_mode === "fixed"
  return (
    <Section title="Usage limits" description="Every use counts, the same shopper twice included.">
      <FormField
        id="per_customer_limit"
        label="Uses per customer"
        help={
          perCustomerApplies
            ? `${COUPON_LIMITS.PER_CUSTOMER_MIN}–${COUPON_LIMITS.PER_CUSTOMER_MAX} uses for each logged-in customer.`
            : values.code_mode === "individual"
              ? "Individual codes can be used once each."
              : "A fixed code for anyone has no per-customer limit."
        }
        error={errorOf("per_customer_limit")}
      >
        <Input
          id="per_customer_limit"
          type="number"
          inputMode="numeric"
          min={COUPON_LIMITS.PER_CUSTOMER_MIN}
          max={COUPON_LIMITS.PER_CUSTOMER_MAX}
          step={1}
          value={perCustomerApplies ? values.per_customer_limit : values.code_mode === "individual" ? "1" : ""}
          placeholder={perCustomerApplies ? undefined : "Unlimited"}
          disabled={disabled || !perCustomerApplies}
          aria-invalid={!!errorOf("per_customer_limit")}
          aria-describedby="per_customer_limit_error"
          onChange={(e) => set("per_customer_limit", e.target.value)}
        />
      </FormField>
      <FormField
        id="total_limit"
        label="Total uses"
        optional
        help="A cap on all uses together. Empty: no cap."
        error={errorOf("total_limit")}
      >
        <Input
          id="total_limit"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          placeholder="Unlimited"
          value={values.total_limit}
          disabled={disabled}
          aria-invalid={!!errorOf("total_limit")}
          aria-describedby="total_limit_error"
          onChange={(e) => set("total_limit", e.target.value)}
        />
      </FormField>
    </Section>
  )
}
