import { Text } from "@medusajs/ui"
import { useStoreTimezone } from "../hooks/use-coupon-settings"
import { formatStoreDate, formatStoreDateTime } from "../lib/dates"

/** Formatters of dates on the store's clocks, and the store's zone ("Asia/Tokyo"; undefined while it loads). */
export function useStoreDates() {
  const timeZone = useStoreTimezone()
  return {
    timeZone,
    format: (value: string | Date | null | undefined) => formatStoreDateTime(value, timeZone),
    formatDate: (value: string | Date | null | undefined) => formatStoreDate(value, timeZone),
  }
}

/** "Times are in the store's time zone (Asia/Tokyo)." — said on every page that shows or takes times. */
export const StoreTimeZoneNote = ({ className = "" }: { className?: string }) => {
  const timeZone = useStoreTimezone()
  if (!timeZone) return null
  return (
    <Text size="xsmall" className={`text-ui-fg-muted ${className}`} data-testid="store-time-zone">
      Times are in the store's time zone ({timeZone}).
    </Text>
  )
}
