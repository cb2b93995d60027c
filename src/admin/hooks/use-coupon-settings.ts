import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  AdminCouponSettingsResponse,
  AdminMessagePreviewResponse,
  AdminPreviewMessage,
  AdminUpdateCouponSettings,
  AdminUpdateCouponSettingsResponse,
} from "../../types/http"

/** GET /admin/coupon-marketing/settings: the settings, and two plugin options the pages show (src/types/http). */
export type { AdminCouponSettingsResponse } from "../../types/http"

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
    mutationFn: (body: AdminUpdateCouponSettings) =>
      sdk.client.fetch<AdminUpdateCouponSettingsResponse>("/admin/coupon-marketing/settings", {
        method: "POST",
        body,
      }),
    onSuccess: (data) => {
      queryClient.setQueryData<AdminCouponSettingsResponse>(settingsKey, (old) => (old ? { ...old, settings: data.settings } : undefined))
      return queryClient.invalidateQueries({ queryKey: settingsKey })
    },
  })
}

/** POST /admin/coupon-marketing/settings/message-preview → `{ subject, html, text }` (nothing saved). */
export function usePreviewMessage() {
  return useMutation({
    mutationFn: (body: AdminPreviewMessage) =>
      sdk.client.fetch<AdminMessagePreviewResponse>("/admin/coupon-marketing/settings/message-preview", { method: "POST", body }),
  })
}
