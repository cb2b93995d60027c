import { Hint, Input, Label, RadioGroup, Select, Text } from "@medusajs/ui"
import { useCustomerGroups } from "../../hooks/use-customer-groups"
import { errorMessage } from "../../lib/sdk"
import { COUPON_LIMITS, CodeMode, CouponAudience } from "../../../types/coupons"
import { AUDIENCE_LABELS } from "../coupon-display"
import { FieldError, FormField, Section } from "../layout"
import { AUDIENCE_CODE_MODES, AUDIENCE_DESCRIPTIONS } from "./form-values"
import type { CouponFormState } from "./use-coupon-form"

/** Audience and code (COUPON-4, COUPON-5): fixed after creation. */
export const AudienceSection = ({ form }: { form: CouponFormState }) => {
  const { values, set, errorOf, disabled, locked } = form
  const groups = useCustomerGroups(values.audience === "segment")
  return (
    <Section
      title="Audience and code"
      description="Who may use the coupon, and whether they share one code or each get their own. Fixed after creation."
    >
      <div className="flex flex-col gap-y-2">
        <Label id="audience_label" size="small" weight="plus">
          Audience
        </Label>
        <RadioGroup
          value={values.audience}
          onValueChange={(v) => set("audience", v as CouponAudience)}
          aria-labelledby="audience_label"
          aria-describedby="audience_error"
          disabled={disabled || locked}
          className="grid gap-2 md:grid-cols-2"
        >
          {(Object.keys(AUDIENCE_LABELS) as CouponAudience[]).map((audience) => (
            <RadioGroup.ChoiceBox
              key={audience}
              value={audience}
              label={AUDIENCE_LABELS[audience]}
              description={AUDIENCE_DESCRIPTIONS[audience]}
            />
          ))}
        </RadioGroup>
        <FieldError field="audience" error={errorOf("audience")} />
      </div>

      <div className="flex flex-col gap-y-2">
        <Label id="code_mode_label" size="small" weight="plus">
          Code
        </Label>
        <RadioGroup
          value={values.code_mode}
          onValueChange={(v) => set("code_mode", v as CodeMode)}
          aria-labelledby="code_mode_label"
          aria-describedby="code_mode_error"
          disabled={disabled || locked}
          className="grid gap-2 md:grid-cols-2"
        >
          <RadioGroup.ChoiceBox
            value="fixed"
            label="Fixed code"
            description="One code you choose, shared by everybody."
            disabled={!AUDIENCE_CODE_MODES[values.audience].includes("fixed")}
          />
          <RadioGroup.ChoiceBox
            value="individual"
            label="Individual codes"
            description="A unique random code per customer, issued when sent."
            disabled={!AUDIENCE_CODE_MODES[values.audience].includes("individual")}
          />
        </RadioGroup>
        <FieldError field="code_mode" error={errorOf("code_mode")} />
      </div>

      {values.code_mode === "fixed" && (
        <FormField
          id="code"
          label="Coupon code"
          help={`${COUPON_LIMITS.FIXED_CODE_MIN}–${COUPON_LIMITS.FIXED_CODE_MAX} characters of A–Z, 0–9, "-" and "_". Shoppers may type it in any case.`}
          error={errorOf("code")}
        >
          <Input
            id="code"
            value={values.code}
            className="font-mono uppercase"
            autoComplete="off"
            spellCheck={false}
            disabled={disabled || locked}
            aria-invalid={!!errorOf("code")}
            aria-describedby="code_error"
            onChange={(e) => set("code", e.target.value)}
          />
        </FormField>
      )}

      {values.audience === "segment" && (
        <FormField id="customer_group_id" label="Customer group" error={errorOf("customer_group_id")}>
          <Select
            value={values.customer_group_id || undefined}
            onValueChange={(v) => set("customer_group_id", v)}
            disabled={disabled || locked}
          >
            <Select.Trigger
              id="customer_group_id"
              aria-labelledby="customer_group_id_label"
              aria-invalid={!!errorOf("customer_group_id")}
            >
              <Select.Value placeholder={groups.isLoading ? "Loading customer groups…" : "Choose a customer group"} />
            </Select.Trigger>
            <Select.Content>
              {(groups.data ?? []).map((g) => (
                <Select.Item key={g.id} value={g.id}>
                  {g.name}
                </Select.Item>
              ))}
              {values.customer_group_id && !groups.data?.some((g) => g.id === values.customer_group_id) && (
                <Select.Item value={values.customer_group_id}>{values.customer_group_id}</Select.Item>
              )}
            </Select.Content>
          </Select>
          {groups.isError && <Hint variant="error">Could not load the customer groups: {errorMessage(groups.error)}</Hint>}
          {groups.data && groups.data.length === 0 && (
            <Text size="small" className="text-ui-fg-subtle">
              No customer groups yet: create one under Customers → Customer groups.
            </Text>
          )}
        </FormField>
      )}
    </Section>
  )
}
