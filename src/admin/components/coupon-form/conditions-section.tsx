import { Input, Select } from "@medusajs/ui"
import { ConditionType } from "../../../types/coupons"
import { currencyDecimals } from "../../../modules/coupon-marketing/domain/coupons"
import { FormField, Section } from "../layout"
import { CONDITION_LABELS } from "./form-values"
import type { CouponFormState } from "./use-coupon-form"

/** Condition (COUPON-11): when the benefit applies, judged on the eligible items. */
export const ConditionsSection = ({ form }: { form: CouponFormState }) => {
  const { values, set, errorOf, disabled } = form
  const currencyCode = values.currency_code.toUpperCase()
  const amountStep = values.currency_code ? String(10 ** -currencyDecimals(values.currency_code)) : "any"
  return (
    <Section title="Condition" description="When the benefit applies, judged on the eligible items only.">
      <FormField id="condition_type" label="Condition" error={errorOf("condition_type")}>
        <Select
          value={values.condition_type}
          onValueChange={(v) => set("condition_type", v as ConditionType)}
          disabled={disabled}
        >
          <Select.Trigger
            id="condition_type"
            aria-labelledby="condition_type_label"
            aria-invalid={!!errorOf("condition_type")}
          >
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {(Object.keys(CONDITION_LABELS) as ConditionType[]).map((type) => (
              <Select.Item key={type} value={type}>
                {CONDITION_LABELS[type]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormField>
      {values.condition_type !== "none" && (
        <FormField
          id="condition_value"
          label={`${values.condition_type === "min_unit_price" ? "Minimum unit price" : "Amount"}${currencyCode ? ` (${currencyCode})` : ""}`}
          help={
            values.condition_type === "min_unit_price"
              ? "Items priced below it are not eligible."
              : values.condition_type === "min_total"
                ? "The eligible items must total at least this amount."
                : "The eligible items must total at most this amount."
          }
          error={errorOf("condition_value")}
        >
          <Input
            id="condition_value"
            type="number"
            inputMode="decimal"
            min={0}
            step={amountStep}
            value={values.condition_value}
            disabled={disabled}
            aria-invalid={!!errorOf("condition_value")}
            aria-describedby="condition_value_error"
            onChange={(e) => set("condition_value", e.target.value)}
          />
        </FormField>
      )}
    </Section>
  )
}
