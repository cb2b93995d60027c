import { Input, Text } from "@medusajs/ui"
import { COUPON_LIMITS } from "../../../types/coupons"
import { FormField, Section } from "../layout"
import type { CouponFormState } from "./use-coupon-form"

/** General: the coupon's name (shown in the cart). */
export const BasicsSection = ({ form }: { form: CouponFormState }) => {
  const { values, set, errorOf, disabled } = form
  return (
    <Section title="General" description="The name is shown in the cart once the coupon is applied.">
      <FormField id="name" label="Name" error={errorOf("name")}>
        <Input
          id="name"
          value={values.name}
          disabled={disabled}
          aria-invalid={!!errorOf("name")}
          aria-describedby="name_error"
          onChange={(e) => set("name", e.target.value)}
        />
        <Text size="xsmall" className="text-ui-fg-muted self-end">
          {[...values.name.trim()].length} / {COUPON_LIMITS.NAME_MAX}
        </Text>
      </FormField>
    </Section>
  )
}
