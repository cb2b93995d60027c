import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { ListResponse, PageParams, pointsKey } from "./use-points"

const budgetKey = [...pointsKey, "budget"] as const

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
