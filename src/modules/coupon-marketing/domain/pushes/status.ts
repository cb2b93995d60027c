/** PUSH-11/12: a push's life — `scheduled → sending → sent | failed`, and `scheduled → cancelled`. */
export const PUSH_STATUSES = ["scheduled", "sending", "sent", "cancelled", "failed"] as const
export type PushStatus = (typeof PUSH_STATUSES)[number]

const NEXT: Record<PushStatus, readonly PushStatus[]> = {
  scheduled: ["sending", "cancelled"],
  sending: ["sent", "failed"],
  sent: [],
  cancelled: [],
  failed: [],
}

/** Whether a push may go from `from` to `to`. */
export function canTransition(from: string, to: string): boolean {
  return (NEXT[from as PushStatus] ?? []).includes(to as PushStatus)
}

/** Whether the push is over (no change any more). */
export function isFinalStatus(status: string): boolean {
  return status === "sent" || status === "cancelled" || status === "failed"
}

/** Per-channel delivery counts (PUSH-11). */
export interface ChannelCounts {
  queued: number
  sent: number
  failed: number
  skipped: number
}

/**
 * PUSH-12: the status a sending push ends with once its audience is resolved and no delivery is
 * queued any more: `failed` when every delivery that was tried failed (none sent), else `sent`.
 * null while deliveries are still queued.
 */
export function finalPushStatus(counts: Record<string, ChannelCounts>): "sent" | "failed" | null {
  const all = Object.values(counts)
  if (all.some((c) => c.queued > 0)) return null
  const sent = all.reduce((n, c) => n + c.sent, 0)
  const failed = all.reduce((n, c) => n + c.failed, 0)
  return failed > 0 && sent === 0 ? "failed" : "sent"
}
