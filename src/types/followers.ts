/** Response shapes of the follower, consent and inbox routes (PUSH-1, PUSH-2, PUSH-12), shared by routes and admin. */

export type MessageChannelName = "email" | "feed" | "push"

export interface StoreFollowResponse {
  follow: { following: boolean; followed_at: Date | string | null }
}

/** A customer's coupon-message consent. */
export interface MessagePreferencesView {
  /** Coupon messages on, per channel (on until the customer turns them off). */
  email: boolean
  feed: boolean
  push: boolean
  /** The customer's current address. */
  email_address: string | null
  /** The current address was confirmed (double opt-in); false again after an email change. */
  email_verified: boolean
  email_verified_at: Date | string | null
  /** The last time an emailed unsubscribe link was followed. */
  unsubscribed_at: Date | string | null
  /** What `mayReceive` answers now, per channel. */
  may_receive: Record<MessageChannelName, boolean>
}

export interface StorePreferencesResponse {
  preferences: MessagePreferencesView
}

/** One in-app message (PUSH-12). */
export interface StoreInboxMessage {
  id: string
  template: string
  purpose: string
  title: string | null
  text: string | null
  data: Record<string, unknown> | null
  sent_at: Date | string
  read_at: Date | string | null
}

export interface StoreInboxResponse {
  messages: StoreInboxMessage[]
  count: number
  offset: number
  limit: number
  unread_count: number
}

/** One follower in the admin's list (PUSH-1). */
export interface AdminFollower {
  id: string
  customer_id: string
  name: string
  email: string | null
  followed_at: Date | string
  /** How many times this customer followed the store (history). */
  follow_count: number
  email_verified: boolean
  consent: Record<MessageChannelName, boolean>
  unsubscribed_at: Date | string | null
}

export interface AdminFollowersResponse {
  followers: AdminFollower[]
  count: number
  offset: number
  limit: number
}

/** One customer's follow and consent, for the admin's customer page (PUSH-1, PUSH-2). */
export interface AdminCustomerFollowerResponse {
  follower: {
    customer_id: string
    following: boolean
    followed_at: Date | string | null
    preferences: MessagePreferencesView
  }
}
