import type { AdminCouponSettings, CouponSettingsValues, MessageType, StoreCouponSettings } from "../settings"

/** GET /admin/coupon-marketing/settings: the settings, and two plugin options the pages show. */
export interface AdminCouponSettingsResponse<TDate = string> {
  settings: Omit<AdminCouponSettings, "updated_at"> & { updated_at: TDate | null }
  /** The store's time zone (the plugin's `timezone` option): every time on the plugin's pages is in it. */
  timezone: string
  /** `coupons.min_start_lead_minutes`: a coupon starts at the earliest this many minutes from now. */
  min_start_lead_minutes: number
  /** The plugin's own subject and intro of each message type: what applies while a text is "". */
  message_defaults: Record<MessageType, { subject: string; intro: string }>
  /** Which Notification provider sends each channel the plugin uses (null: none, its messages are skipped). */
  channels: AdminMessageChannel[]
}

/** One channel the plugin sends on and the Notification provider the store has for it. */
export interface AdminMessageChannel {
  channel: "email" | "feed" | "push"
  /** "Email", "In-app", "Mobile push". */
  label: string
  /** The provider's id in medusa-config ("smtp", "local"), or null. */
  provider: string | null
  /** What happens without a provider, in words ("push messages are skipped"). */
  without_provider: string
}

/** POST /admin/coupon-marketing/settings/message-preview `{ type, subject?, intro? }` */
export interface AdminPreviewMessage {
  type: MessageType
  subject?: string
  intro?: string
}
/** The email rendered for a sample recipient. */
export interface AdminMessagePreviewResponse {
  subject: string
  html: string
  text: string
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
