import { StatusBadge, Text } from "@medusajs/ui"
import { type AdminPush, type PushChannel, type PushStatus, channelLabel } from "../../hooks/use-pushes"
import { useStoreTimezone } from "../../hooks/use-coupon-settings"

/** Pieces of the push pages: status badge, per-channel counts, the progress bar, "Times in <zone>". */

const STATUS: Record<PushStatus, { label: string; color: "green" | "blue" | "orange" | "grey" | "red" }> = {
  scheduled: { label: "Scheduled", color: "blue" },
  sending: { label: "Sending", color: "orange" },
  sent: { label: "Sent", color: "green" },
  cancelled: { label: "Cancelled", color: "grey" },
  failed: { label: "Failed", color: "red" },
}

export const pushStatusLabel = (status: PushStatus) => STATUS[status]?.label ?? status

export const PushStatusBadge = ({ status }: { status: PushStatus }) => {
  const s = STATUS[status] ?? { label: status, color: "grey" as const }
  return (
    <StatusBadge color={s.color} data-testid="push-status">
      {s.label}
    </StatusBadge>
  )
}

/** "Email 120 sent · 2 failed" for each channel the push uses. */
export const ChannelCounts = ({ push, compact = false }: { push: AdminPush; compact?: boolean }) => (
  <div className="flex flex-col gap-y-0.5">
    {push.channels.map((c: PushChannel) => {
      const n = push.counts?.[c] ?? { queued: 0, sent: 0, failed: 0, skipped: 0 }
      return (
        <Text key={c} size="xsmall" className="tabular-nums" data-testid={`push-counts-${c}`} aria-label={`${channelLabel(c)}: ${n.sent} sent, ${n.failed} failed`}>
          <span className="text-ui-fg-subtle">{channelLabel(c)}</span> {n.sent.toLocaleString("en-US")} sent
          {(n.failed > 0 || !compact) && <> · {n.failed.toLocaleString("en-US")} failed</>}
          {!compact && (
            <>
              {" "}
              · {n.skipped.toLocaleString("en-US")} skipped · {n.queued.toLocaleString("en-US")} queued
            </>
          )}
        </Text>
      )
    })}
  </div>
)

/** A bar for done / total (every channel), with its figures as text and as a progressbar. */
export const PushProgressBar = ({ done, total, label = "Delivery progress" }: { done: number; total: number; label?: string }) => {
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0
  return (
    <div className="flex flex-col gap-y-1">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${total} deliveries done`}
        className="bg-ui-bg-component h-2 w-full overflow-hidden rounded-full border"
      >
        <div className="bg-ui-fg-interactive h-full transition-[width] duration-500" style={{ width: `${percent}%` }} />
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle tabular-nums" data-testid="push-progress-text">
        {total > 0 ? `${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} deliveries done (${percent}%)` : "No deliveries yet"}
      </Text>
    </div>
  )
}

/** "Times in Asia/Tokyo (the store's time zone)." */
export const TimesInZone = ({ zone }: { zone?: string }) => {
  const store = useStoreTimezone()
  const z = zone ?? store
  if (!z) return null
  return (
    <Text size="xsmall" className="text-ui-fg-muted" data-testid="store-time-zone">
      Times in {z} (the store's time zone).
    </Text>
  )
}
