import { GIFT_LIMITS, type GiftStatus } from "../../../../types/http/gifts"
import { sendAtLabel } from "../pushes/schedule"

const DAY_MS = 24 * 3600_000

/** A refusal that names the field it is about, in the merchant's words. */
export interface GiftIssue {
  field: string
  message: string
}

export interface GiftActivityTimes {
  starts_at: Date
  ends_at: Date
  closed_at?: Date | null
  draft?: boolean
}

/**
 * GIFT-1: the status from time and the close. A closed activity stays closed (it granted
 * nothing from the instant of its close); a draft is neither scheduled nor granting; otherwise
 * scheduled before its start, active in [starts_at, ends_at), ended from its end on.
 */
export function giftStatus(a: GiftActivityTimes, now: Date): GiftStatus {
  if (a.closed_at && a.closed_at.getTime() <= now.getTime()) return "closed"
  if (a.draft) return "draft"
  if (now.getTime() < a.starts_at.getTime()) return "scheduled"
  if (now.getTime() < a.ends_at.getTime()) return "active"
  return "ended"
}

/** GIFT-5: whether an account created at `at` gets this activity's package. */
export function grantsAt(a: GiftActivityTimes, at: Date): boolean {
  return giftStatus(a, at) === "active"
}

/** GIFT-1: the activity's own rules: a name of 1 to 10 characters, an end at least 3 days after the start. */
export function activityIssues(input: { name: string; starts_at: Date; ends_at: Date }): GiftIssue[] {
  const issues: GiftIssue[] = []
  const name = input.name.trim()
  const length = [...name].length
  if (!length) issues.push({ field: "name", message: "name: give the activity a name" })
  else if (length > GIFT_LIMITS.NAME_MAX) issues.push({ field: "name", message: `name: at most ${GIFT_LIMITS.NAME_MAX} characters (this one has ${length})` })
  const ms = input.ends_at.getTime() - input.starts_at.getTime()
  if (ms <= 0) issues.push({ field: "ends_at", message: "ends_at: the activity must end after it starts" })
  else if (ms < GIFT_LIMITS.MIN_DURATION_DAYS * DAY_MS) {
    issues.push({ field: "ends_at", message: `ends_at: the activity must last at least ${GIFT_LIMITS.MIN_DURATION_DAYS} days` })
  }
  return issues
}

export interface OtherActivity extends GiftActivityTimes {
  id: string
  name: string
}

/** Two windows overlap when each starts before the other ends (one ending exactly when the next starts is fine). */
export function windowsOverlap(a: { starts_at: Date; ends_at: Date }, b: { starts_at: Date; ends_at: Date }): boolean {
  return a.starts_at.getTime() < b.ends_at.getTime() && b.starts_at.getTime() < a.ends_at.getTime()
}

/**
 * GIFT-1: only one activity scheduled or active at any moment. Answers the refusal naming the
 * other activity and its dates (store zone), or null. Drafts, closed and ended activities, and
 * the activity itself (`selfId`, an edit) do not count.
 */
export function overlapIssue(
  candidate: { starts_at: Date; ends_at: Date; draft?: boolean },
  others: OtherActivity[],
  now: Date,
  timeZone: string,
  selfId?: string
): GiftIssue | null {
  if (candidate.draft) return null
  for (const o of others) {
    if (o.id === selfId) continue
    const status = giftStatus(o, now)
    if (status !== "scheduled" && status !== "active") continue
    if (!windowsOverlap(candidate, o)) continue
    return {
      field: "starts_at",
      message: `starts_at: the activity "${o.name}" already runs from ${sendAtLabel(o.starts_at, timeZone)} to ${sendAtLabel(o.ends_at, timeZone)}; only one sign-up gift may run at a time — choose dates outside it or close it first`,
    }
  }
  return null
}

/**
 * GIFT-5/GIFT-6: from when accounts count as new members of an activity — its start, or its
 * creation when it was created with a start in the past. Members who joined before the activity
 * existed got nothing at sign-up; they are neither counted in its figures nor granted afterwards.
 */
export function newMembersFrom(activity: { starts_at: Date; created_at: Date }): Date {
  return new Date(Math.max(new Date(activity.starts_at).getTime(), new Date(activity.created_at).getTime()))
}
