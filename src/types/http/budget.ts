import type { PageParams, PaginatedResponse } from "./common"

/** POINTS-6: one currency's exchange budget. */
export interface AdminBudget {
  currency_code: string
  deposited: number
  drawn: number
  remaining: number
  /** Number of deposits. */
  deposits: number
}

/** GET /admin/coupon-marketing/budget: one row per currency (none before the first deposit). */
export interface AdminBudgetResponse {
  budgets: AdminBudget[]
}

/** One deposit into the budget. */
export interface AdminDeposit<TDate = string> {
  id: string
  /** "DEP-000001" */
  deposit_number: string
  amount: number
  currency_code: string
  reason: string
  created_at: TDate
}

/** GET /admin/coupon-marketing/budget/deposits */
export interface AdminDepositListParams extends PageParams {
  /** `created_at`, `amount`; `-` first for descending. Default `-created_at`. */
  order?: string
  currency_code?: string
}
export interface AdminDepositListResponse<TDate = string> extends PaginatedResponse {
  deposits: AdminDeposit<TDate>[]
}

/** POST /admin/coupon-marketing/budget/deposits → 201 `{ deposit }` */
export interface AdminCreateDeposit {
  amount: number
  reason: string
  currency_code: string
}
export interface AdminDepositResponse<TDate = string> {
  deposit: AdminDeposit<TDate>
}
