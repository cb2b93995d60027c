import type { PointsEntryType } from "../../../types/points"

/** A line to append to a points ledger (POINTS-1). */
export interface AppendPointsInput {
  customer_id: string
  type: PointsEntryType
  /** Signed: credits > 0, debits < 0. */
  points: number
  reason: string
  idempotency_key: string
  order_id?: string | null
  exchange_id?: string | null
  /** Credits: when they expire (POINTS-3). */
  expires_at?: Date | null
  /** Debits: take what the balance allows instead of refusing (order cancellations). */
  clamp?: boolean
  /** Debits: take from this credit (expiry of that credit) instead of the oldest ones. */
  from_entry_id?: string | null
  /** Manual adjustments: the admin user who made it (shown in the admin, never to the shopper). */
  created_by?: string | null
}

export interface PointsEntryRow {
  id: string
  customer_id: string
  type: PointsEntryType
  points: number
  reason: string
  idempotency_key: string
  order_id: string | null
  exchange_id: string | null
  expires_at: Date | null
  remaining: number
  balance_after: number
  created_by: string | null
  created_at: Date
}
