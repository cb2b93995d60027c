import { DatePicker, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { pickerDateToWallClock, wallClockToPickerDate } from "../../lib/dates"

/**
 * A date and time entered and shown on the STORE's clocks, with Medusa's `DatePicker`
 * (minute granularity, 24-hour clock). The value is a wall-clock string "2026-12-01T10:00"
 * in `timeZone` (see lib/dates: `toZonedInput` / `fromZonedInput`), so the browser's own time
 * zone never enters: an admin in Paris editing a Tokyo store's coupon sees and types Tokyo time.
 * Labelled by `#<id>_label`; its error line is `#<id>_error`.
 */
export const DateTimeField = ({
  id,
  value,
  onChange,
  timeZone,
  disabled,
  invalid,
}: {
  id: string
  value: string
  onChange: (value: string) => void
  timeZone: string
  disabled?: boolean
  invalid?: boolean
}) => {
  // One Date per value: the picker re-syncs whenever the Date it is given changes.
  const date = useMemo(() => wallClockToPickerDate(value), [value])
  return (
    <div className="flex flex-col gap-y-1" data-testid={`${id}_field`} data-value={value}>
      <DatePicker
        id={id}
        aria-labelledby={`${id}_label`}
        aria-describedby={`${id}_error`}
        granularity="minute"
        hourCycle={24}
        value={date}
        onChange={(d) => onChange(pickerDateToWallClock(d))}
        isDisabled={disabled}
        isInvalid={invalid}
      />
      <Text size="xsmall" className="text-ui-fg-muted">
        {timeZone} time
      </Text>
    </div>
  )
}
