import { MESSAGE_CHANNELS, isEmailVerified, mayReceive } from "../../../modules/coupon-marketing/domain/followers"
import type { PreferenceRow } from "../../../modules/coupon-marketing/types/followers"
import type { MessagePreferencesView } from "../../../types/followers"

/** PUSH-2: a customer's consent as the store and admin routes answer it. */
export function preferencesView(email: string | null, preference: PreferenceRow | null, now: Date): MessagePreferencesView {
  const state = { email, preference }
  return {
    email: preference ? preference.email !== false : true,
    feed: preference ? preference.feed !== false : true,
    push: preference ? preference.push !== false : true,
    email_address: email,
    email_verified: isEmailVerified(state, now),
    email_verified_at: isEmailVerified(state, now) ? preference!.email_verified_at : null,
    unsubscribed_at: preference?.unsubscribed_at ?? null,
    may_receive: Object.fromEntries(MESSAGE_CHANNELS.map((c) => [c, mayReceive(state, c, now)])) as MessagePreferencesView["may_receive"],
  }
}
