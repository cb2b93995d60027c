/** A delivery's life: queued, then sent; or failed after its retries; or skipped (no provider for its channel). */
export const DELIVERY_STATUSES = ["pending", "sent", "failed", "skipped"] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

/** A message to queue: one per purpose, recipient and channel, unique by `key`. */
export interface EnqueueDeliveryInput {
  /** Unique: e.g. `exchange-reminder:<exchange id>:<channel>`. A key queued before is left as it is. */
  key: string
  purpose: string
  channel: string
  customer_id?: string | null
  to: string
  template: string
  data?: Record<string, unknown> | null
  content?: Record<string, unknown> | null
  resource_id?: string | null
  resource_type?: string | null
  /** Not before (default: now). */
  send_at?: Date | null
}

export interface DeliveryRow {
  id: string
  key: string
  purpose: string
  channel: string
  customer_id: string | null
  to: string
  template: string
  data: Record<string, unknown> | null
  content: Record<string, unknown> | null
  resource_id: string | null
  resource_type: string | null
  status: DeliveryStatus
  attempts: number
  next_attempt_at: Date
  last_error: string | null
  sent_at: Date | null
  notification_id: string
  created_at: Date
  updated_at: Date
}

/** A delivery as an attempt's record answers it: its state, not its message (data, content, recipient). */
export type RecordedDeliveryRow = Pick<
  DeliveryRow,
  "id" | "key" | "purpose" | "channel" | "customer_id" | "resource_id" | "status" | "attempts" | "next_attempt_at" | "last_error" | "sent_at" | "notification_id"
>

/** How one attempt went: sent (with the notification's id), or the error; `skip` for a channel without a provider. */
export type DeliveryAttemptResult =
  | { ok: true; notification_id?: string | null }
  | { ok: false; error: string; skip?: boolean }

/** POINTS-8: an exchange whose unused coupon expires soon and whose holder was not reminded yet. */
export interface DueExchangeReminder {
  id: string
  customer_id: string
  coupon_id: string
  code: string
  expires_at: Date
  face_value: string
  currency_code: string
}

/** POINTS-8: an exchange to mark reminded, with the deliveries that remind its holder. */
export interface ExchangeReminderInput {
  exchange_id: string
  deliveries: EnqueueDeliveryInput[]
}
