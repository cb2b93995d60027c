import type { AdminCouponSettings, CouponSettingsValues, StoreCouponSettings } from "../settings"

/** GET /admin/coupon-marketing/settings: the settings, and two plugin options the pages show. */
export interface AdminCouponSettingsResponse<TDate = string> {
  settings: Omit<AdminCouponSettings, "updated_at"> & { updated_at: TDate | null }
  /** The store's time zone (the plugin's `timezone` option): every time on the plugin's pages is in it. */
  timezone: string
  /** `coupons.min_start_lead_minutes`: a coupon starts at the earliest this many minutes from now. */
  min_start_lead_minutes: number
}

/** POST /admin/coupon-marketing/settings: any subset of the fields → `{ settings }`. */
export type AdminUpdateCouponSettings = Partial<CouponSettingsValues>
export interface AdminUpdateCouponSettingsResponse<TDate = string> {
  settings: AdminCouponSettingsResponse<TDate>["settings"]
}

/** GET /store/coupon-marketing/settings */
export interface StoreCouponSettingsResponse {
  settings: StoreCouponSettings
}
