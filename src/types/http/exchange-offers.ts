import type { ExchangeOfferInput, OfferCompliance } from "../points"
import type { DeleteResponse, PageParams, PaginatedResponse } from "./common"

/** An exchange offer as the admin API answers it (POINTS-4, POINTS-5). */
export interface AdminExchangeOffer<TDate = string> {
  id: string
  name: string
  /** The plugin coupon the offer issues codes of. */
  coupon_id: string
  face_value: number
  /** Minimum spend; 0: none. */
  threshold: number
  currency_code: string
  points_cost: number
  stock: number
  exchanged_count: number
  stock_left: number
  per_customer_limit: number | null
  valid_days: number
  starts_at: TDate | null
  ends_at: TDate | null
  compliance: OfferCompliance
  /** Why a free coupon beats the offer (POINTS-5), while non-compliant. */
  non_compliant_reason: string | null
  rival_coupon_id: string | null
  created_at: TDate
}

/** GET /admin/coupon-marketing/exchange-offers */
export interface AdminExchangeOfferListParams extends PageParams {
  /** `created_at`, `name`, `points_cost`, `face_value`; `-` first for descending. Default `-created_at`. */
  order?: string
}
export interface AdminExchangeOfferListResponse<TDate = string> extends PaginatedResponse {
  exchange_offers: AdminExchangeOffer<TDate>[]
  /** The face values an offer may have (the `points.denominations` option), ascending. */
  denominations: number[]
}

/** POST /admin/coupon-marketing/exchange-offers → 201; GET and POST …/:id → 200. */
export interface AdminExchangeOfferResponse<TDate = string> {
  exchange_offer: AdminExchangeOffer<TDate>
}

export type AdminCreateExchangeOffer = ExchangeOfferInput

/** POST /admin/coupon-marketing/exchange-offers/:id accepts these (currency and validity are fixed). */
export type AdminUpdateExchangeOffer = Partial<
  Pick<ExchangeOfferInput, "name" | "face_value" | "threshold" | "points_cost" | "stock" | "per_customer_limit" | "starts_at" | "ends_at">
>

/** DELETE /admin/coupon-marketing/exchange-offers/:id */
export type AdminExchangeOfferDeleteResponse = DeleteResponse<"exchange_offer">

/** An offer as shoppers see it: no coupon or compliance details. */
export interface StoreExchangeOffer<TDate = string> {
  id: string
  name: string
  face_value: number
  threshold: number
  currency_code: string
  points_cost: number
  stock: number
  exchanged_count: number
  stock_left: number
  per_customer_limit: number | null
  valid_days: number
  starts_at: TDate | null
  ends_at: TDate | null
  created_at: TDate
  /** Logged-in customers only: whether their balance covers it. */
  affordable?: boolean
}

/** GET /store/coupon-marketing/exchange-offers: what can be exchanged now, cheapest first by default. */
export interface StoreExchangeOfferListParams extends PageParams {
  /** `points_cost`, `face_value`, `created_at`; `-` first for descending. Default `points_cost`. */
  order?: string
}
export interface StoreExchangeOfferListResponse<TDate = string> extends PaginatedResponse {
  exchange_offers: StoreExchangeOffer<TDate>[]
  /** The logged-in customer's balance; null for a guest. */
  balance: number | null
}
