import type { MessageChannel } from "../domain/followers/consent"

/** PUSH-1: one follow period (an open one has `unfollowed_at` null). */
export interface FollowRow {
  id: string
  customer_id: string
  followed_at: Date
  unfollowed_at: Date | null
}

/** PUSH-2: a customer's consent record. */
export interface PreferenceRow {
  customer_id: string
  email: boolean
  feed: boolean
  push: boolean
  email_verified_at: Date | null
  email_verified_address: string | null
  unsubscribed_at: Date | null
}

/** A consent change (only the channels given change). */
export type PreferencePatch = Partial<Record<MessageChannel, boolean>>

/** PUSH-2: one verification email asked for. */
export interface EmailVerificationRow {
  id: string
  customer_id: string
  email: string
  expires_at: Date
  used_at: Date | null
  created_at: Date
}

/** The admin's follower list filters (PUSH-1). */
export interface FollowerFilters {
  /** Only these customers (the admin's name/email search, resolved by the Customer Module). */
  customer_ids?: string[]
  followed_gte?: Date
  followed_lt?: Date
  /** Consenting on this channel, or `none`: opted out of every channel. */
  consent?: MessageChannel | "none"
}

/** One current follower with their consent record (null: none made yet). */
export interface FollowerRow {
  id: string
  customer_id: string
  followed_at: Date
  /** How many times this customer followed (history). */
  follow_count: number
  preference: PreferenceRow | null
}

/** PUSH-12: one in-app message sent to a customer (a `feed` delivery). */
export interface InboxMessageRow {
  id: string
  template: string
  purpose: string
  data: Record<string, unknown> | null
  content: Record<string, unknown> | null
  sent_at: Date
  read_at: Date | null
}
