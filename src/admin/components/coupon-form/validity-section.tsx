import { Input, Label, RadioGroup, Text } from "@medusajs/ui"
import { COUPON_LIMITS, ValidityType } from "../../../types/coupons"
import { FieldError, FormField, Section } from "../layout"
import type { CouponFormState } from "./use-coupon-form"

/** Validity (COUPON-7): a fixed window, or days from the delivery of an individual code. */
export const ValiditySection = ({ form }: { form: CouponFormState }) => {
  const { values, set, errorOf, disabled, locked, coupon } = form
  return (
    <Section
      title="Validity"
      description="A fixed window, or a number of days from the message that delivers an individual code."
    >
      <div className="flex flex-col gap-y-2">
        <Label id="validity_type_label" size="small" weight="plus">
          Validity
        </Label>
        <RadioGroup
          value={values.validity_type}
          onValueChange={(v) => set("validity_type", v as ValidityType)}
          aria-labelledby="validity_type_label"
          aria-describedby="validity_type_error"
          disabled={disabled || locked}
          className="grid gap-2 md:grid-cols-2"
        >
          <RadioGroup.ChoiceBox
            value="window"
            label="Fixed window"
            description="Starts 1 hour to 1 month from now; lasts 1 hour to 120 months."
          />
          <RadioGroup.ChoiceBox
            value="relative"
            label="Days from delivery"
            description="1–365 days from the send, until 23:59:59 of the last day. Individual codes only."
            disabled={values.code_mode === "fixed"}
          />
        </RadioGroup>
        <FieldError field="validity_type" error={errorOf("validity_type")} />
      </div>

      {values.validity_type === "window" ? (
        <div className="grid gap-4 md:grid-cols-2">
          <FormField
            id="starts_at"
            label="Start"
            error={errorOf("starts_at")}
            help={coupon?.status === "active" ? "The start can only move later." : undefined}
          >
            <Input
              id="starts_at"
              type="datetime-local"
              value={values.starts_at}
              disabled={disabled}
              aria-invalid={!!errorOf("starts_at")}
              aria-describedby="starts_at_error"
              onChange={(e) => set("starts_at", e.target.value)}
            />
          </FormField>
          <FormField id="ends_at" label="End" error={errorOf("ends_at")}>
            <Input
              id="ends_at"
              type="datetime-local"
              value={values.ends_at}
              disabled={disabled}
              aria-invalid={!!errorOf("ends_at")}
              aria-describedby="ends_at_error"
              onChange={(e) => set("ends_at", e.target.value)}
            />
          </FormField>
          <Text size="xsmall" className="text-ui-fg-muted md:col-span-2">
            Times are in your browser's time zone ({Intl.DateTimeFormat().resolvedOptions().timeZone}).
          </Text>
        </div>
      ) : (
        <FormField
          id="valid_days"
          label="Valid days"
          help={`${COUPON_LIMITS.RELATIVE_DAYS_MIN}–${COUPON_LIMITS.RELATIVE_DAYS_MAX} days. Sent Jan 1 at 15:00 with 10 days: valid until Jan 11, 23:59:59 (store time zone).`}
          error={errorOf("valid_days")}
        >
          <Input
            id="valid_days"
            type="number"
            inputMode="numeric"
            min={COUPON_LIMITS.RELATIVE_DAYS_MIN}
            max={COUPON_LIMITS.RELATIVE_DAYS_MAX}
            step={1}
            value={values.valid_days}
            disabled={disabled || locked}
            aria-invalid={!!errorOf("valid_days")}
            aria-describedby="valid_days_error"
            onChange={(e) => set("valid_days", e.target.value)}
          />
        </FormField>
      )}
    </Section>
  )
}
