/**
 * Coupon pushes (SPEC §2 PUSH-3…PUSH-13): the shapes of /admin/coupon-marketing/pushes, as
 * /work/shared pushes-contract gives them. No runtime imports (the admin bundles this file).
 */
import type { PaginatedResponse } from "./common"

export type PushTypeValue = "advertising" | "compensation" | "direct"
export type PushStatusValue = "scheduled" | "sending" | "sent" | "cancelled" | "failed"
export type PushChannelValue = "email" | "feed" | "push"

export type PushAudience =
  | { kind: "followers"; followed_from?: string; followed_to?: string }
  | { kind: "orders"; order_ids: string[] }
  | { kind: "customers"; customer_ids?: string[]; customer_group_id?: string }

export type PushBestItems = { mode: "auto"; count: number } | { mode: "manual"; product_ids: string[] }

export interface PushChannelCounts {
  queued: number
  sent: number
  failed: number
  skipped: number
}

export interface AdminPush<TDate = string> {
  id: string
  type: PushTypeValue
  status: PushStatusValue
  coupon: { id: string; name: string; benefit_label: string }
  send_at: TDate
  send_at_label: string
  cancellable_until: TDate
  cancellable: boolean
  channels: PushChannelValue[]
  audience: PushAudience
  best_items: PushBestItems
  banner: { url: string; link_url: string | null } | null
  recipients: number
  counts: Record<PushChannelValue, PushChannelCounts>
  progress: { done: number; total: number }
  created_at: TDate
  sent_at: TDate | null
  cancelled_at: TDate | null
}

export interface AdminPushResponse<TDate = string> {
  push: AdminPush<TDate>
}
export interface AdminPushesResponse<TDate = string> extends PaginatedResponse {
  pushes: AdminPush<TDate>[]
}

export interface AdminPushSlotsResponse<TDate = string> {
  timezone: string
  slots: { date: string; date_label: string; times: { send_at: TDate; label: string; available: boolean }[] }[]
  quota: { blocked_by: { id: string; send_at_label: string } | null; next_free_label: string | null }
}

export interface AdminPushCoupon {
  id: string
  name: string
  benefit_label: string
  status: "scheduled" | "active"
  code_type: "fixed" | "individual"
}
export interface AdminPushCouponsResponse {
  coupons: AdminPushCoupon[]
}

export interface AdminPushAudienceResponse {
  count: number
  excluded: { not_verified: number; opted_out: number; unsubscribed: number }
}

export interface AdminPushPreviewResponse {
  recipient: { name: string; email: string }
  email: { subject: string; html: string; text: string }
  feed: { title: string; body: string }
  push: { text: string }
}

export interface AdminCompensationOrder {
  row: number
  value: string
  order_id: string
  display_id: number
  customer_id: string | null
  customer_name: string | null
  email: string | null
  total_label: string
}
export interface AdminCompensationOrdersResponse {
  orders: AdminCompensationOrder[]
  errors: { row: number; value: string; reason: string }[]
}
