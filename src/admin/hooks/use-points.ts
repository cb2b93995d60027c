import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { ExchangeOfferInput, OfferCompliance, PointsEntryType } from "../../types/points"

// ---------------------------------------------------------------------------------------------
// Exchange offers (POINTS-4, POINTS-5).

/** An exchange offer as the admin API answers it (`toOffer`). */
export interface AdminExchangeOffer {
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
  starts_at: string | null
  ends_at: string | null
  compliance: OfferCompliance
  /** Why a free coupon beats the offer (POINTS-5), while non-compliant. */
  non_compliant_reason: string | null
  rival_coupon_id: string | null
  created_at: string
}

export interface ListResponse {
  count: number
  offset: number
  limit: number
}

export interface PageParams {
  limit: number
  offset: number
}

/** POST /admin/coupon-marketing/exchange-offers/:id accepts these (currency and validity are fixed). */
export type ExchangeOfferUpdate = Partial<
  Pick<ExchangeOfferInput, "name" | "face_value" | "threshold" | "points_cost" | "stock" | "per_customer_limit" | "starts_at" | "ends_at">
>

const pointsKey = ["coupon-marketing", "points"] as const
const offersKey = [...pointsKey, "offers"] as const
const budgetKey = [...pointsKey, "budget"] as const
const accountKey = (customerId: string) => [...pointsKey, "account", customerId] as const

/** GET /admin/coupon-marketing/exchange-offers, one page (newest first). */
export function useExchangeOffers(params: PageParams) {
  return useQuery({
    queryKey: [...offersKey, "list", params],
    queryFn: () =>
      sdk.client.fetch<ListResponse & { exchange_offers: AdminExchangeOffer[]; denominations: number[] }>("/admin/coupon-marketing/exchange-offers", {
        query: { limit: params.limit, offset: params.offset },
      }),
    placeholderData: keepPreviousData,
  })
}

/** POST /admin/coupon-marketing/exchange-offers → 201 `{ exchange_offer }` */
export function useCreateExchangeOffer() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ExchangeOfferInput) =>
      sdk.client.fetch<{ exchange_offer: AdminExchangeOffer }>("/admin/coupon-marketing/exchange-offers", {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: offersKey }),
  })
}

/** POST /admin/coupon-marketing/exchange-offers/:id → `{ exchange_offer }` (a fixed offer becomes compliant). */
export function useUpdateExchangeOffer(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ExchangeOfferUpdate) =>
      sdk.client.fetch<{ exchange_offer: AdminExchangeOffer }>(`/admin/coupon-marketing/exchange-offers/${id}`, {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: offersKey }),
  })
}

/** DELETE /admin/coupon-marketing/exchange-offers/:id: withdraws the offer; coupons already exchanged stay valid. */
export function useDeleteExchangeOffer() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ id: string; object: string; deleted: boolean }>(`/admin/coupon-marketing/exchange-offers/${id}`, {
        method: "DELETE",
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: offersKey }),
  })
}

// ---------------------------------------------------------------------------------------------
// Budget (POINTS-6).

export interface AdminBudget {
  currency_code: string
  deposited: number
  drawn: number
  remaining: number
  /** Number of deposits. */
  deposits: number
}

export interface AdminDeposit {
  id: string
  /** "DEP-000001" */
  deposit_number: string
  amount: number
  currency_code: string
  reason: string
  created_at: string
}

export interface DepositInput {
  amount: number
  reason: string
  currency_code: string
}

/** GET /admin/coupon-marketing/budget: deposited / drawn / remaining per currency (none before the first deposit). */
export function useBudgets() {
  return useQuery({
    queryKey: [...budgetKey, "totals"],
    queryFn: () => sdk.client.fetch<{ budgets: AdminBudget[] }>("/admin/coupon-marketing/budget"),
    select: (data) => data.budgets,
  })
}

/** GET /admin/coupon-marketing/budget/deposits, one page (newest first). */
export function useDeposits(params: PageParams) {
  return useQuery({
    queryKey: [...budgetKey, "deposits", params],
    queryFn: () =>
      sdk.client.fetch<ListResponse & { deposits: AdminDeposit[] }>("/admin/coupon-marketing/budget/deposits", {
        query: { limit: params.limit, offset: params.offset },
      }),
    placeholderData: keepPreviousData,
  })
}

/** POST /admin/coupon-marketing/budget/deposits → 201 `{ deposit }`; the totals and the list are read again. */
export function useCreateDeposit() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: DepositInput) =>
      sdk.client.fetch<{ deposit: AdminDeposit }>("/admin/coupon-marketing/budget/deposits", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetKey }),
  })
}

// ---------------------------------------------------------------------------------------------
// Customers' points accounts (POINTS-1, POINTS-3).

export interface AdminPointsEntry {
  id: string
  type: PointsEntryType
  /** Signed: negative for a debit. */
  points: number
  reason: string
  balance_after: number
  order_id: string | null
  exchange_id: string | null
  expires_at: string | null
  created_at: string
  /** Manual adjustments: the admin user who made it. */
  created_by: string | null
}

export interface AdminPointsExchange {
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
  expires_at: string | null
  created_at: string
}

export interface AdminPointsAccount extends ListResponse {
  customer_id: string
  balance: number
  entries: AdminPointsEntry[]
  /** The coupons the customer got for points (the 50 most recent). */
  exchanges: AdminPointsExchange[]
}

/** GET /admin/coupon-marketing/points/:customer_id: balance, one page of the ledger (newest first), exchanges. */
export function usePointsAccount(customerId: string | null | undefined, params: PageParams) {
  return useQuery({
    queryKey: [...accountKey(customerId ?? ""), params],
    queryFn: () =>
      sdk.client.fetch<AdminPointsAccount>(`/admin/coupon-marketing/points/${customerId}`, {
        query: { limit: params.limit, offset: params.offset },
      }),
    placeholderData: keepPreviousData,
    enabled: !!customerId,
  })
}

export interface AdjustmentInput {
  /** Non-zero; negative takes points away. */
  points: number
  reason: string
  /** The same key twice adds nothing the second time. */
  idempotency_key?: string
}

/** POST /admin/coupon-marketing/points/:customer_id/adjustments → `{ entry, balance }` */
export function useAdjustPoints(customerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AdjustmentInput) =>
      sdk.client.fetch<{ entry: AdminPointsEntry; balance: number }>(
        `/admin/coupon-marketing/points/${customerId}/adjustments`,
        { method: "POST", body }
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKey(customerId) }),
  })
}

// ---------------------------------------------------------------------------------------------
// The host's customer.

export interface CustomerSummary {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  has_account?: boolean
}

/** GET /admin/customers/:id: who a points account belongs to. */
export function useCustomer(id: string | null | undefined) {
  return useQuery({
    queryKey: ["coupon-marketing", "customers", "detail", id ?? ""],
    queryFn: () =>
      sdk.client.fetch<{ customer: CustomerSummary }>(`/admin/customers/${id}`, {
        query: { fields: "id,email,first_name,last_name,has_account" },
      }),
    select: (data) => data.customer,
    enabled: !!id,
    staleTime: 60 * 1000,
  })
}

export interface AdminUserSummary {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}

/** GET /admin/users/:id: who made an adjustment (the ledger entry names the admin by id). */
export function useAdminUser(id: string | null | undefined) {
  return useQuery({
    queryKey: ["coupon-marketing", "users", id ?? ""],
    queryFn: () =>
      sdk.client.fetch<{ user: AdminUserSummary }>(`/admin/users/${id}`, { query: { fields: "id,email,first_name,last_name" } }),
    select: (data) => data.user,
    enabled: !!id,
    staleTime: 10 * 60 * 1000,
    retry: false,
  })
}
