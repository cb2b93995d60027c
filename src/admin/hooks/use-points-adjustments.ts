import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminAdjustmentResponse, AdminCreateAdjustment } from "../../types/http"
import { accountKey } from "./use-points"

// Manual adjustments of a customer's points (POINTS-3).

/** Non-zero points (negative takes away), a reason, optionally a key (the same key twice adds nothing). */
export type AdjustmentInput = AdminCreateAdjustment

/** POST /admin/coupon-marketing/points/:customer_id/adjustments → `{ entry, balance }` */
export function useAdjustPoints(customerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AdjustmentInput) =>
      sdk.client.fetch<AdminAdjustmentResponse>(
        `/admin/coupon-marketing/points/${customerId}/adjustments`,
        { method: "POST", body }
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKey(customerId) }),
  })
}
