import type { MedusaContainer } from "@medusajs/framework/types"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { describeBenefit } from "../../../modules/coupon-marketing/domain/coupons"
import { cancellableUntil, isCancellable, sendAtLabel } from "../../../modules/coupon-marketing/domain/pushes"
import type { PushDeliveryCounts, PushRow } from "../../../modules/coupon-marketing/types/pushes"
import type { AdminPush, PushAudience, PushBestItems, PushChannelCounts, PushChannelValue } from "../../../types/http/pushes"
import { statusOf, type CouponRow } from "../../coupons/utils/coupon-row"

const CHANNELS: PushChannelValue[] = ["email", "feed", "push"]
const service = (c: MedusaContainer) => c.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)

/** "¥500 off" — the coupon's benefit in words. */
export function benefitLabel(coupon: Pick<CouponRow, "benefit_type" | "benefit_value" | "currency_code">): string {
  return describeBenefit({ ...coupon, benefit_value: coupon.benefit_value == null ? null : Number(coupon.benefit_value) } as never)
}

/** PUSH-4: whether pushes may send this coupon at `now` (a plugin coupon scheduled or active). */
export function isPushableCoupon(coupon: CouponRow, now: Date): boolean {
  const status = statusOf(coupon, now)
  return status === "scheduled" || status === "active"
}

/** The coupons by id (deleted ones are missing). */
export async function couponsByIds(container: MedusaContainer, ids: string[]): Promise<Record<string, CouponRow>> {
  if (!ids.length) return {}
  const rows = (await service(container).listCoupons({ id: [...new Set(ids)] })) as unknown as CouponRow[]
  return Object.fromEntries(rows.map((c) => [c.id, c]))
}

/** The admin's push (the contract's push object): per-channel counts from cm_delivery plus the consent skips of the resolution. */
export function toAdminPush(row: PushRow, coupon: CouponRow | undefined, counts: PushDeliveryCounts[string] | undefined, timezone: string, now: Date): AdminPush<Date> {
  const byChannel = {} as Record<PushChannelValue, PushChannelCounts>
  let done = 0
  let total = 0
  for (const ch of CHANNELS) {
    const c = { queued: 0, sent: 0, failed: 0, skipped: 0, ...(counts?.[ch] ?? {}) }
    c.skipped += row.excluded?.[`skipped:${ch}`] ?? 0
    byChannel[ch] = c
    if (row.channels.includes(ch)) {
      done += c.sent + c.failed + c.skipped
      total += c.queued + c.sent + c.failed + c.skipped
    }
  }
  const banner = row.banner ? { url: row.banner.url, link_url: row.banner.link_url ?? null } : null
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    coupon: { id: row.coupon_id, name: coupon?.name ?? "(deleted coupon)", benefit_label: coupon ? benefitLabel(coupon) : "" },
    send_at: new Date(row.send_at),
    send_at_label: sendAtLabel(new Date(row.send_at), timezone),
    cancellable_until: cancellableUntil(row.send_at),
    cancellable: isCancellable(row, now),
    channels: row.channels as PushChannelValue[],
    audience: row.audience as unknown as PushAudience,
    best_items: row.best_items as unknown as PushBestItems,
    banner,
    recipients: row.recipients,
    counts: byChannel,
    progress: { done, total },
    created_at: new Date(row.created_at),
    sent_at: row.sent_at ? new Date(row.sent_at) : null,
    cancelled_at: row.cancelled_at ? new Date(row.cancelled_at) : null,
  }
}

/** The admin's pushes, with their coupons and counts loaded in two queries. */
export async function toAdminPushes(container: MedusaContainer, rows: PushRow[], now = new Date()): Promise<AdminPush<Date>[]> {
  const svc = service(container)
  const [coupons, counts] = await Promise.all([couponsByIds(container, rows.map((r) => r.coupon_id)), svc.countPushDeliveries(rows.map((r) => r.id))])
  const tz = svc.getOptions().timezone
  return rows.map((r) => toAdminPush(r, coupons[r.coupon_id], counts[r.id], tz, now))
}
