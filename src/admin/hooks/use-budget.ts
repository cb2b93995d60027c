import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminBudgetResponse, AdminCreateDeposit, AdminDepositListResponse, AdminDepositResponse, PageParams } from "../../types/http"
import { pointsKey } from "./use-points"

const budgetKey = [...pointsKey, "budget"] as const

// Budget (POINTS-6). The HTTP shapes live in src/types/http (shared with the routes).

export type { AdminBudget, AdminDeposit } from "../../types/http"
export type DepositInput = AdminCreateDeposit

/** GET /admin/coupon-marketing/budget: deposited / drawn / remaining per currency (none before the first deposit). */
export function useBudgets() {
  return useQuery({
    queryKey: [...budgetKey, "totals"],
    queryFn: () => sdk.client.fetch<AdminBudgetResponse>("/admin/coupon-marketing/budget"),
    select: (data) => data.budgets,
  })
}

/** GET /admin/coupon-marketing/budget/deposits, one page (newest first). */
export function useDeposits(params: PageParams) {
  return useQuery({
    queryKey: [...budgetKey, "deposits", params],
    queryFn: () =>
      sdk.client.fetch<AdminDepositListResponse>("/admin/coupon-marketing/budget/deposits", {
        query: { limit: params.limit, offset: params.offset },
      }),
    placeholderData: keepPreviousData,
  })
}

/** POST /admin/coupon-marketing/budget/deposits → 201 `{ deposit }`; the totals and the list are read again. */
export function useCreateDeposit() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AdminCreateDeposit) =>
      sdk.client.fetch<AdminDepositResponse>("/admin/coupon-marketing/budget/deposits", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetKey }),
  })
}
