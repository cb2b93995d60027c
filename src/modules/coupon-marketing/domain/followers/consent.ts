/**
 * PUSH-2: may this customer receive coupon messages on a channel now? The one rule every
 * sender asks (pushes, gifts, anything marketing): pure, so it is a table of unit cases.
 */

/** The channels coupon messages go out on (PUSH-12). */
export const MESSAGE_CHANNELS = ["email", "feed", "push"] as const
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number]

export function isMessageChannel(value: unknown): value is MessageChannel {
  return typeof value === "string" && (MESSAGE_CHANNELS as readonly string[]).includes(value)
}

/** What the answer depends on: the customer's current email and their consent record. */
export interface ConsentState {
  /** The customer's current address; null for a customer that no longer exists or has none. */
  email: string | null
  /** The consent record (null: no choice made yet, every channel on, nothing verified). */
  preference: {
    email: boolean
    feed: boolean
    push: boolean
    email_verified_at: Date | string | null
    email_verified_address: string | null
  } | null
}

/** Why a customer may not receive a message (null: they may). */
export type ConsentRefusal = "no_customer" | "unknown_channel" | "email_not_verified" | "opted_out"

/** The same address, whatever the case or surrounding spaces. */
export function sameAddress(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase()
}

/**
 * Is the customer's *current* address the one they confirmed, by `now`? A confirmation of an
 * address they have since changed does not count (a changed email needs verifying again).
 */
export function isEmailVerified(state: ConsentState, now: Date): boolean {
  const p = state.preference
  if (!p?.email_verified_at || !sameAddress(p.email_verified_address, state.email)) return false
  const at = new Date(p.email_verified_at)
  return !Number.isNaN(at.getTime()) && at.getTime() <= now.getTime()
}

/** Why not, or null when the customer may receive coupon messages on `channel` at `now`. */
export function consentRefusal(state: ConsentState | null | undefined, channel: string, now: Date): ConsentRefusal | null {
  if (!state || !state.email) return "no_customer"
  if (!isMessageChannel(channel)) return "unknown_channel"
  // PUSH-2 (a): every coupon message needs a verified address (double opt-in), whatever the channel.
  if (!isEmailVerified(state, now)) return "email_not_verified"
  // PUSH-2 (b): not opted out of coupon messages on this channel (no record: on).
  if (state.preference && state.preference[channel] === false) return "opted_out"
  return null
}

/** PUSH-2: true when the customer may receive coupon messages on `channel` at `now`. */
export function mayReceive(state: ConsentState | null | undefined, channel: string, now: Date): boolean {
  return consentRefusal(state, channel, now) === null
}
