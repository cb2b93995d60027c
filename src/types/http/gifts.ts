/**
 * Membership sign-up gift (SPEC §4 GIFT-1…GIFT-6): the shapes shared by the domain rules, the
 * module, the routes and the admin. No imports: the admin bundles this file.
 */

/** GIFT-1: an activity's status, derived from time and the manual close (never stored). */
export const GIFT_STATUSES = ["draft", "scheduled", "active", "closed", "ended"] as const
export type GiftStatus = (typeof GIFT_STATUSES)[number]

/** GIFT-2: the prize types; a package holds 1 to 3 prizes, each of a different type. */
export const GIFT_PRIZE_TYPES = ["points", "coupon", "free_shipping", "store_credit"] as const
export type GiftPrizeType = (typeof GIFT_PRIZE_TYPES)[number]

export const GIFT_LIMITS = {
  NAME_MAX: 10,
  MIN_DURATION_DAYS: 3,
  PRIZES_MIN: 1,
  PRIZES_MAX: 3,
  POINTS_MAX: 2_147_483_647,
  STORE_CREDIT_MAX: 1_000_000,
} as const

/** The npm package whose presence makes store credit available (GIFT-2). */
export const LOYALTY_PLUGIN = "@medusajs/loyalty-plugin"

export type GiftPrize =
  | { type: "points"; amount: number }
  | { type: "coupon"; coupon_id: string }
  | { type: "free_shipping"; coupon_id: string }
  | { type: "store_credit"; amount: number; currency_code: string }

export interface GiftActivityInput {
  name: string
  starts_at: Date
  ends_at: Date
  /** true: saved as a draft (neither scheduled nor granting, not counted for overlaps). */
  draft?: boolean
  prizes: GiftPrize[]
}

/** A prize as a storefront or the admin shows it. */
export interface GiftPrizeView {
  type: GiftPrizeType
  /** "200 points", "¥500 off", "Free shipping", "¥1,000 store credit". */
  title: string
  /** Coupon prizes: the coupon's name, its condition and "valid 30 days after you join". */
  description: string | null
  amount: number | null
  currency_code: string | null
  coupon_id: string | null
  valid_days: number | null
}

export interface AdminMembershipGift<D = string> {
  id: string
  name: string
  status: GiftStatus
  starts_at: D
  ends_at: D
  closed_at: D | null
  draft: boolean
  prizes: GiftPrize[]
  prize_views: GiftPrizeView[]
  grants: number
  created_at: D
  updated_at: D
}

export interface AdminMembershipGiftResponse<D = string> {
  membership_gift: AdminMembershipGift<D>
}
export interface AdminMembershipGiftListResponse<D = string> {
  membership_gifts: AdminMembershipGift<D>[]
  count: number
  limit: number
  offset: number
  /** GIFT-2: whether store credit can be offered, and why not. */
  store_credit: { available: boolean; reason: string | null }
}

export interface GiftStatsDay {
  /** YYYY-MM-DD in the store's zone. */
  date: string
  new_members: number
  grants: number
  coupon_uses: number
  revenue: number
}
export interface AdminMembershipGiftStats {
  id: string
  timezone: string
  new_members: number
  grants: number
  grants_per_prize: Record<string, number>
  coupon_uses: number
  /** Eligible totals of the orders that used a gift coupon, per currency. */
  revenue: Record<string, number>
  days: GiftStatsDay[]
}
export interface AdminMembershipGiftStatsResponse {
  stats: AdminMembershipGiftStats
}

export interface StoreMembershipGift<D = string> {
  id: string
  name: string
  starts_at: D
  ends_at: D
  /** "Join by Sat 12 Dec 2026, 23:59 (Asia/Tokyo)". */
  ends_label: string
  prizes: GiftPrizeView[]
}
export interface StoreMembershipGiftResponse<D = string> {
  membership_gift: StoreMembershipGift<D> | null
  /** false for a logged-in customer (already a member): the package is for visitors who sign up. */
  eligible: boolean
}
