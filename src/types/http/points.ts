import type { PointsEntryType } from "../points"
import type { PageParams, PaginatedResponse } from "./common"

/** One line of a customer's ledger (POINTS-1, POINTS-9). */
export interface PointsEntry<TDate = string> {
  id: string
  type: PointsEntryType
  /** Signed: negative for a debit. */
  points: number
  reason: string
  balance_after: number
  order_id: string | null
  exchange_id: string | null
  expires_at: TDate | null
  created_at: TDate
}

/** The admin's view of a ledger line: also who made a manual adjustment. */
export interface AdminPointsEntry<TDate = string> extends PointsEntry<TDate> {
  /** Manual adjustments: the admin user who made it. */
  created_by: string | null
}

/** A coupon a customer got for points (POINTS-7, POINTS-9). */
export interface PointsExchange<TDate = string> {
  id: string
  offer_id: string
  offer_name: string | null
  /** The offer's minimum spend ("¥X off over ¥Y"). */
  threshold: number | null
  points: number
  face_value: number
  currency_code: string
  coupon_id: string
  /** "ABCD-EFGH-JKMN"; null when the code is gone. */
  code: string | null
  used: boolean
  expires_at: TDate | null
  created_at: TDate
}
export type AdminPointsExchange<TDate = string> = PointsExchange<TDate>

/** GET /store/coupon-marketing/me/points: balance, one page of the ledger (newest first), exchanges. */
export interface StorePointsAccountResponse<TDate = string> extends PaginatedResponse {
  customer_id: string
  balance: number
  entries: PointsEntry<TDate>[]
  /** The coupons the customer got for points (the 50 most recent). */
  exchanges: PointsExchange<TDate>[]
}

/** GET /admin/coupon-marketing/points/:customer_id */
export interface AdminPointsAccountResponse<TDate = string> extends PaginatedResponse {
  customer_id: string
  balance: number
  entries: AdminPointsEntry<TDate>[]
  exchanges: AdminPointsExchange<TDate>[]
}
/** The account as the admin shows it (the GET answer). */
export type AdminPointsAccount<TDate = string> = AdminPointsAccountResponse<TDate>

export type AdminPointsAccountParams = PageParams
export type StorePointsAccountParams = PageParams

/** POST /admin/coupon-marketing/points/:customer_id/adjustments (POINTS-3). */
export interface AdminCreateAdjustment {
  /** Non-zero; negative takes points away. */
  points: number
  reason: string
  /** The same key twice adds nothing the second time. */
  idempotency_key?: string
}

/** → 201 (200 when the key was used before) `{ entry, balance }`: the entry as stored. */
export interface AdminAdjustmentResponse<TDate = string> {
  entry: AdminPointsEntry<TDate> & { customer_id: string; idempotency_key: string; remaining: number }
  balance: number
}

/** POST /store/coupon-marketing/me/points/exchanges (POINTS-7). */
export interface StoreCreateExchange {
  offer_id: string
}

/** → 201 `{ exchange }` with the issued code. */
export interface StoreExchangeResponse<TDate = string> {
  exchange: {
    id: string
    offer_id: string
    points: number
    /** The balance after the exchange. */
    balance: number
    coupon_id: string
    /** "ABCD-EFGH-JKMN" */
    code: string
    expires_at: TDate | null
  }
}
