import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminCouponSettings, CouponSettingsValues } from "../../types/settings"

const settingsKey = ["coupon-marketing", "settings"] as const

export function useCouponSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => sdk.client.fetch<{ settings: AdminCouponSettings }>("/admin/coupon-marketing/settings"),
    select: (data) => data.settings,
  })
}

export function useUpdateCouponSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<CouponSettingsValues>) =>
      sdk.client.fetch<{ settings: AdminCouponSettings }>("/admin/coupon-marketing/settings", {
        method: "POST",
        body,
      }),
    onSuccess: (data) => queryClient.setQueryData(settingsKey, data),
  })
}
