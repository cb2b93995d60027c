import { DatePicker, Text } from "@medusajs/ui"
import { useMemo, useRef } from "react"
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
  // One Date per value: the picker re-syncs (and redraws its segments) whenever the Date it is
  // given changes. While the admin types, the picker answers null for a partial date: the form
  // then holds "" (its rules say the field is needed), but the picker keeps the Date it had, so
  // that what is being typed is not wiped. An empty value set from outside (a reset) clears it.
  const emptiedHere = useRef(false)
  const held = useRef<Date | null>(null)
  const date = useMemo(() => {
    const d = wallClockToPickerDate(value)
    if (d || !emptiedHere.current) {
      emptiedHere.current = false
      held.current = d
    }
    return held.current
  }, [value])
  // Medusa UI 4.2.6's DatePicker shows a new `value` only while it holds none (it updates a
  // CalendarDateTime with `.set()` and drops the copy that returns): a value set from outside
  // ("As soon as allowed", a reset) remounts it; what the picker itself answered does not.
  const emitted = useRef<string | null>(null)
  const shown = useRef(value)
  const version = useRef(0)
  if (value !== shown.current) {
    if (value !== emitted.current) version.current += 1
    shown.current = value
  }
  return (
    <div className="flex flex-col gap-y-1" data-testid={`${id}_field`} data-value={value}>
      <DatePicker
        key={version.current}
        id={id}
        aria-labelledby={`${id}_label`}
        aria-describedby={`${id}_error`}
        granularity="minute"
        hourCycle={24}
        value={date}
        onChange={(d) => {
          emptiedHere.current = !d
          emitted.current = pickerDateToWallClock(d)
          onChange(emitted.current)
        }}
        isDisabled={disabled}
        isInvalid={invalid}
      />
      <Text size="xsmall" className="text-ui-fg-muted">
        {timeZone} time
      </Text>
    </div>
  )
}
