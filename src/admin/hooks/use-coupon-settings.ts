import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminCouponSettings, CouponSettingsValues } from "../../types/settings"

/** GET /admin/coupon-marketing/settings: the settings, and two plugin options the pages show. */
export interface AdminCouponSettingsResponse {
  settings: AdminCouponSettings
  /** The store's time zone (the plugin's `timezone` option): every time on the plugin's pages is in it. */
  timezone: string
  /** `coupons.min_start_lead_minutes`: a coupon starts at the earliest this many minutes from now. */
  min_start_lead_minutes: number
}

const settingsKey = ["coupon-marketing", "settings"] as const

/** The whole GET answer: the settings, the store time zone and the earliest coupon start. */
export function useCouponSettingsResponse() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => sdk.client.fetch<AdminCouponSettingsResponse>("/admin/coupon-marketing/settings"),
    staleTime: 60 * 1000,
  })
}

/** The store-wide coupon settings (COUPON-1, COUPON-2, COUPON-3). */
export function useCouponSettings() {
  const query = useCouponSettingsResponse()
  return { ...query, data: query.data?.settings }
}

/**
 * The store's time zone ("Asia/Tokyo"); undefined while it loads. The store time zone is fixed
 * by the plugin options, so it is read once and kept.
 */
export function useStoreTimezone(): string | undefined {
  return useCouponSettingsResponse().data?.timezone
}

/** POST /admin/coupon-marketing/settings → `{ settings }`; the options beside them stay as read. */
export function useUpdateCouponSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<CouponSettingsValues>) =>
      sdk.client.fetch<{ settings: AdminCouponSettings }>("/admin/coupon-marketing/settings", {
        method: "POST",
        body,
      }),
    onSuccess: (data) => {
      queryClient.setQueryData<AdminCouponSettingsResponse>(settingsKey, (old) => (old ? { ...old, settings: data.settings } : undefined))
      return queryClient.invalidateQueries({ queryKey: settingsKey })
    },
  })
}
