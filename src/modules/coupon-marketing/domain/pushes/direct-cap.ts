/**
 * PUSH-8: `direct` pushes are not in the weekly quota but capped per channel and store day by
 * the option `pushes.direct_daily_cap` (e.g. `{ email: 5000 }`; a channel not named: no cap).
 */
export type DirectDailyCap = Partial<Record<"email" | "feed" | "push", number | null>>

/**
 * The refusal when `recipients` more messages on a channel would pass the day's cap, given what
 * other direct pushes of that store day already take (`used` per channel); null when within.
 */
export function directCapRefusal(
  channels: readonly string[],
  recipients: number,
  used: Record<string, number>,
  cap: DirectDailyCap,
  dayLabel: string
): string | null {
  for (const channel of channels) {
    const limit = cap[channel as keyof DirectDailyCap]
    if (limit == null) continue
    const taken = used[channel] ?? 0
    if (taken + recipients > limit) {
      const left = Math.max(0, limit - taken)
      return (
        `send_at: Direct pushes can send at most ${limit} ${channel} messages a day. On ${dayLabel} ` +
        `${taken} are already planned, so ${left} more can be sent that day; this push has ${recipients} recipients.`
      )
    }
  }
  return null
}
