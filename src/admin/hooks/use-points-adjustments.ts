import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { accountKey, AdminPointsEntry } from "./use-points"

// Manual adjustments of a customer's points (POINTS-3).

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
