import { Input, Select } from "@medusajs/ui"
import { CurrencySelect } from "../inputs/currency-select"
import { VariantPicker } from "../inputs/variant-picker"
import { BenefitType, COUPON_LIMITS } from "../../../types/coupons"
import { currencyDecimals } from "../../../modules/coupon-marketing/domain/coupons"
import { FormField, Section } from "../layout"
import { BENEFIT_LABELS, VALUED_BENEFITS } from "./form-values"
import type { CouponFormState } from "./use-coupon-form"

/** Benefit (COUPON-8 … COUPON-10) and the currency of its amounts. */
export const BenefitSection = ({ form }: { form: CouponFormState }) => {
  const { values, set, errorOf, disabled, locked } = form
  const currencyCode = values.currency_code.toUpperCase()
  const amountStep = values.currency_code ? String(10 ** -currencyDecimals(values.currency_code)) : "any"
  const benefitValueLabel =
    values.benefit_type === "percent"
      ? "Percent off"
      : values.benefit_type === "per_item_amount"
        ? `Amount off per item${currencyCode ? ` (${currencyCode})` : ""}`
        : `Amount off${currencyCode ? ` (${currencyCode})` : ""}`
  return (
    <Section
      title="Benefit"
      description="Shipping, fees and wrapping are never discounted; the discount never exceeds the eligible total."
    >
      <FormField id="benefit_type" label="Benefit" error={errorOf("benefit_type")}>
        <Select value={values.benefit_type} onValueChange={(v) => set("benefit_type", v as BenefitType)} disabled={disabled}>
          <Select.Trigger id="benefit_type" aria-labelledby="benefit_type_label" aria-invalid={!!errorOf("benefit_type")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {(Object.keys(BENEFIT_LABELS) as BenefitType[]).map((type) => (
              <Select.Item key={type} value={type}>
                {BENEFIT_LABELS[type]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormField>

      {VALUED_BENEFITS.includes(values.benefit_type) && (
        <FormField
          id="benefit_value"
          label={benefitValueLabel}
          help={
            values.benefit_type === "percent"
              ? `${COUPON_LIMITS.PERCENT_MIN}–${COUPON_LIMITS.PERCENT_MAX} %, rounded down to the currency's smallest unit.`
              : values.benefit_type === "per_item_amount"
                ? "Multiplied by the quantity of eligible items. Needs the unit-price condition."
                : `${COUPON_LIMITS.AMOUNT_MIN}–${COUPON_LIMITS.AMOUNT_MAX.toLocaleString("en-US")}, in the currency's main unit.`
          }
          error={errorOf("benefit_value")}
        >
          <Input
            id="benefit_value"
            type="number"
            inputMode="decimal"
            min={values.benefit_type === "percent" ? COUPON_LIMITS.PERCENT_MIN : COUPON_LIMITS.AMOUNT_MIN}
            max={values.benefit_type === "percent" ? COUPON_LIMITS.PERCENT_MAX : COUPON_LIMITS.AMOUNT_MAX}
            step={values.benefit_type === "percent" ? 1 : amountStep}
            value={values.benefit_value}
            disabled={disabled}
            aria-invalid={!!errorOf("benefit_value")}
            aria-describedby="benefit_value_error"
            onChange={(e) => set("benefit_value", e.target.value)}
          />
        </FormField>
      )}

      {values.benefit_type === "gift_product" && (
        <FormField
          id="gift_variant_id"
          label="Gift"
          help="The product variant added to the cart at price 0 while the coupon is applied (if in stock). One gift variant belongs to one coupon. Search a product, then pick its variant."
          error={errorOf("gift_variant_id")}
        >
          <VariantPicker
            id="gift_variant_id"
            value={values.gift_variant_id}
            onChange={(v) => set("gift_variant_id", v)}
            disabled={disabled}
            invalid={!!errorOf("gift_variant_id")}
          />
        </FormField>
      )}

      <FormField
        id="currency_code"
        label="Currency"
        help="The currency of the benefit and condition amounts. Fixed after creation."
        error={errorOf("currency_code")}
      >
        <CurrencySelect
          value={values.currency_code}
          onChange={(v) => set("currency_code", v)}
          disabled={disabled || locked}
          invalid={!!errorOf("currency_code")}
        />
      </FormField>
    </Section>
  )
}
