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

/** What a debit took from one credit (so an undo gives exactly that back). */
export interface CreditTake {
  entry_id: string
  points: number
}

/** POINTS-9: the balance, one page of the ledger and its length, from one snapshot. */
export interface PointsPage {
  balance: number
  count: number
  entries: PointsEntryRow[]
}

/** What appending answers: the entry (the first one for a repeated key), whether it was written now, the balance. */
export interface AppendPointsResult {
  entry: PointsEntryRow
  created: boolean
  balance: number
}

/** POINTS-6: one currency's exchange budget. */
export interface BudgetRow {
  currency_code: string
  deposited: number
  drawn: number
  remaining: number
  deposits: number
}

/** POINTS-6: one deposit entry. */
export interface DepositRow {
  id: string
  type: "deposit"
  amount: number
  currency_code: string
  reason: string
  deposit_number: string
  created_at: Date
}

export interface DepositBudgetInput {
  amount: number
  reason: string
  currency_code: string
}

export interface ExchangePointsInput {
  customer_id: string
  offer_id: string
  now?: Date
}

/** What an exchange reads of its offer (and the offer's coupon) before any lock. */
export interface OfferForExchange {
  id: string
  name: string
  coupon_id: string
  face_value: number
  currency_code: string
  points_cost: number
  stock: number
  exchanged_count: number
  per_customer_limit: number | null
  starts_at: Date | null
  ends_at: Date | null
  compliance: string
  validity_type: string
  coupon_valid_days: number | null
}

/** POINTS-7: an exchange as the shopper is answered it, with what the workflow needs. */
export interface ExchangeResult {
  id: string
  offer_id: string
  points: number
  balance: number
  coupon_id: string
  code: string
  expires_at: Date | null
  /** For the workflow (event, compensation); not shown to the shopper. */
  code_id: string
  face_value: number
  currency_code: string
  /** The rows the exchange wrote, for its exact undo. */
  undo: ExchangeUndo
}

/** Exactly what one exchange wrote, by id: its undo gives back exactly this. */
export interface ExchangeUndo {
  exchange_id: string
  customer_id: string
  offer_id: string
  coupon_id: string
  code_id: string
  points: number
  redeem_entry_id: string
  credits: CreditTake[]
  draw_entry_id: string
  face_value: number
  currency_code: string
}
