import type { PushStatus } from "../domain/pushes/status"
import type { PushType } from "../domain/pushes/schedule"

/** A push row as the repositories answer it. */
export interface PushRow {
  id: string
  type: PushType
  status: PushStatus
  coupon_id: string
  send_at: Date
  channels: string[]
  audience: Record<string, unknown>
  best_items: Record<string, unknown>
  banner: { url: string; link_url?: string | null } | null
  recipients: number
  excluded: Record<string, number> | null
  resolve_cursor: string | null
  resolved_at: Date | null
  started_at: Date | null
  sent_at: Date | null
  cancelled_at: Date | null
  planned_recipients: number
  metadata: Record<string, unknown> | null
  created_at: Date
  updated_at: Date
}

export interface CreatePushInput {
  type: PushType
  coupon_id: string
  send_at: Date
  channels: string[]
  audience: Record<string, unknown>
  best_items: Record<string, unknown>
  banner?: { url: string; link_url?: string | null } | null
  planned_recipients?: number
  /** A name the quota refusal shows for pushes in the way (the coupon's name), per coupon id. */
  metadata?: Record<string, unknown> | null
}

export interface PushListFilters {
  type?: string
  status?: string
  /** Pushes this customer received (a delivery of theirs exists). */
  customer_id?: string
}

/** Per channel and delivery status, for some pushes. */
export type PushDeliveryCounts = Record<string, Record<string, { queued: number; sent: number; failed: number; skipped: number }>>
