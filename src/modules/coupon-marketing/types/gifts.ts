import type { GiftPrize } from "../../../types/http/gifts"

export interface GiftActivityRow {
  id: string
  name: string
  starts_at: Date
  ends_at: Date
  draft: boolean
  closed_at: Date | null
  prizes: GiftPrize[]
  metadata: Record<string, unknown> | null
  created_at: Date
  updated_at: Date
}

export interface GiftGrantRow {
  id: string
  activity_id: string
  customer_id: string
  status: "granting" | "granted"
  prizes: GiftGrantedPrizes | null
  granted_at: Date | null
  created_at: Date
  updated_at: Date
}

/** What one grant gave (GIFT-5). */
export interface GiftGrantedPrizes {
  points_entry_id?: string | null
  codes?: { coupon_id: string; code_id: string; code: string; expires_at: Date | string | null; type: "coupon" | "free_shipping" }[]
  store_credit?: { amount: number; currency_code: string } | null
}

export interface SaveGiftActivityInput {
  name: string
  starts_at: Date
  ends_at: Date
  draft: boolean
  prizes: GiftPrize[]
}

/** GIFT-5: the claim of a grant: the row and whether this caller is the one to give the package. */
export interface GiftGrantClaim {
  grant: GiftGrantRow
  claimed: boolean
}
