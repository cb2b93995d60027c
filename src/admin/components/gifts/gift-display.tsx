import { StatusBadge, Text } from "@medusajs/ui"
import type { GiftPrizeView, GiftStatus } from "../../hooks/use-gifts"
import { formatStoreDateTime } from "../../lib/dates"

/** Pieces of the sign-up gift pages: the status badge, the window, the package in words. */

const STATUS: Record<GiftStatus, { label: string; color: "green" | "blue" | "orange" | "grey" | "red" }> = {
  draft: { label: "Draft", color: "grey" },
  scheduled: { label: "Scheduled", color: "blue" },
  active: { label: "Active", color: "green" },
  closed: { label: "Closed", color: "red" },
  ended: { label: "Ended", color: "grey" },
}

export const giftStatusLabel = (status: GiftStatus) => STATUS[status]?.label ?? status

/** GIFT-1: draft (grey), scheduled (blue), active (green), closed (red), ended (grey). */
export const GiftStatusBadge = ({ status }: { status: GiftStatus }) => {
  const s = STATUS[status] ?? { label: status, color: "grey" as const }
  return (
    <StatusBadge color={s.color} data-testid="gift-status">
      {s.label}
    </StatusBadge>
  )
}

/** "Dec 3, 2026, 10:00 AM – Dec 10, 2026, 10:00 AM" on the store's clocks. */
export function giftWindowText(gift: { starts_at: string; ends_at: string }, timeZone?: string): string {
  return `${formatStoreDateTime(gift.starts_at, timeZone)} – ${formatStoreDateTime(gift.ends_at, timeZone)}`
}

/** Whether a gift can still be changed or closed (a closed or ended one cannot). */
export const isGiftOpen = (status: GiftStatus) => status !== "closed" && status !== "ended"

/** The package as a storefront shows it: each prize's title, and its coupon's words under it. */
export const PrizeList = ({ prizes, compact = false }: { prizes: GiftPrizeView[]; compact?: boolean }) => {
  if (compact) {
    return (
      <Text size="small" leading="compact" data-testid="gift-prizes">
        {prizes.map((p) => p.title).join(" · ")}
      </Text>
    )
  }
  return (
    <ul className="flex flex-col gap-y-2" aria-label="Gift package">
      {prizes.map((p, i) => (
        <li key={`${p.type}-${i}`} className="bg-ui-bg-subtle flex flex-col rounded-md border px-3 py-2" data-testid={`gift-prize-${p.type}`}>
          <Text size="small" weight="plus" leading="compact">
            {p.title}
          </Text>
          {p.description && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {p.description}
            </Text>
          )}
        </li>
      ))}
    </ul>
  )
}
