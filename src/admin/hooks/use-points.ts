import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminPointsAccountResponse, PageParams, PaginatedResponse } from "../../types/http"

/**
 * Customers' points accounts: balance, ledger and exchanged coupons (and who they belong to).
 * The other points resources have a file each: use-points-adjustments, use-budget,
 * use-exchange-offers.
 */

/** The HTTP shapes live in src/types/http (shared with the routes); re-exported for the pages. */
export type { AdminPointsAccount, AdminPointsEntry, AdminPointsExchange, PageParams } from "../../types/http"
/** What every list answers beside its rows. */
export type ListResponse = PaginatedResponse

export const pointsKey = ["coupon-marketing", "points"] as const
export const accountKey = (customerId: string) => [...pointsKey, "account", customerId] as const

// Customers' points accounts (POINTS-1, POINTS-3).

/** GET /admin/coupon-marketing/points/:customer_id: balance, one page of the ledger (newest first), exchanges. */
export function usePointsAccount(customerId: string | null | undefined, params: PageParams) {
  return useQuery({
    queryKey: [...accountKey(customerId ?? ""), params],
    queryFn: () =>
      sdk.client.fetch<AdminPointsAccountResponse>(`/admin/coupon-marketing/points/${customerId}`, {
        query: { limit: params.limit, offset: params.offset },
      }),
    placeholderData: keepPreviousData,
    enabled: !!customerId,
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
