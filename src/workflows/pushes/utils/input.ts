import type { PushAudience, PushBestItems, PushChannelValue, PushTypeValue } from "../../../types/http/pushes"

/** The create body (and the preview's), as the route's zod schema leaves it. */
export interface PushInput {
  type: PushTypeValue
  coupon_id: string
  audience: PushAudience
  best_items: PushBestItems
  banner?: { url: string; link_url?: string | null } | null
  send_at?: Date | string
  channels?: PushChannelValue[]
}

export const ALL_CHANNELS: PushChannelValue[] = ["email", "feed", "push"]
