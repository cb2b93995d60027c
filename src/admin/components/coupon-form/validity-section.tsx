import { Button, Input, Label, RadioGroup, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { earliestStart, formatStoreDateTime, formatStoreTime, leadText, toZonedInput } from "../../lib/dates"
import { DateTimeField } from "../inputs/date-time-field"
import { COUPON_LIMITS, ValidityType } from "../../../types/coupons"
import { FieldError, FormField, Section } from "../layout"
import type { CouponFormState } from "./use-coupon-form"

/** Validity (COUPON-7): a fixed window, or days from the delivery of an individual code. */
export const ValiditySection = ({ form }: { form: CouponFormState }) => {
  const { values, set, errorOf, disabled, locked, coupon, timeZone, leadMinutes } = form
  // A new or still scheduled coupon's start obeys the earliest start (an active one's only moves later).
  const startsLater = !coupon || coupon.status === "scheduled"
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
            description={`Starts ${leadText(leadMinutes)} to 1 month from now; lasts 1 hour to 120 months.`}
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
            <DateTimeField
              id="starts_at"
              value={values.starts_at}
              onChange={(v) => set("starts_at", v)}
              timeZone={timeZone}
              disabled={disabled}
              invalid={!!errorOf("starts_at")}
            />
            {startsLater && !disabled && <EarliestStart form={form} />}
          </FormField>
          <FormField id="ends_at" label="End" error={errorOf("ends_at")}>
            <DateTimeField
              id="ends_at"
              value={values.ends_at}
              onChange={(v) => set("ends_at", v)}
              timeZone={timeZone}
              disabled={disabled}
              invalid={!!errorOf("ends_at")}
            />
          </FormField>
          <Text size="xsmall" className="text-ui-fg-muted md:col-span-2" data-testid="store-time-zone">
            Times are in the store's time zone ({timeZone}).
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

/** A clock that ticks every `ms` (the earliest start moves with it). */
function useNow(ms = 15_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms)
    return () => clearInterval(timer)
  }, [ms])
  return now
}

/**
 * COUPON-7: "Earliest start: in 1 hour (16:42)", from the store's `coupons.min_start_lead_minutes`,
 * and "As soon as allowed", which fills the start with it (rounded up to the next minute, plus
 * one minute of margin for the time it takes to save).
 */
const EarliestStart = ({ form }: { form: CouponFormState }) => {
  const { leadMinutes, timeZone, set } = form
  const now = useNow()
  const earliest = earliestStart(leadMinutes, now, 0)
  const sameDay = toZonedInput(earliest, timeZone).slice(0, 10) === toZonedInput(now, timeZone).slice(0, 10)
  const at = sameDay ? formatStoreTime(earliest, timeZone) : formatStoreDateTime(earliest, timeZone)
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <Text size="small" className="text-ui-fg-subtle" data-testid="earliest_start">
        Earliest start: {leadText(leadMinutes)} ({at})
      </Text>
      <Button
        type="button"
        size="small"
        variant="secondary"
        onClick={() => set("starts_at", toZonedInput(earliestStart(leadMinutes, Date.now()), timeZone))}
      >
        As soon as allowed
      </Button>
    </div>
  )
}
