import type { OrderCouponUse, ReleasedCouponUse, UsageReportRow } from "../types/coupons"
import type { SqlManager } from "./sql"

/** Live uses of a coupon in all, and by one customer (released uses do not count, COUPON-20). */
export async function countLiveUses(manager: SqlManager, couponId: string, customerId: string | null): Promise<{ total: number; mine: number }> {
  const [row] = await manager.execute<{ total: string; mine: string }[]>(
    `select count(*) as total, count(*) filter (where customer_id is not distinct from ?) as mine
       from cm_coupon_usage where coupon_id = ? and released_at is null and deleted_at is null`,
    [customerId, couponId]
  )
  return { total: Number(row.total), mine: Number(row.mine) }
}

/** Deletes a use; answers its code and whether it was still live (undefined: no such use). */
export async function deleteUsage(manager: SqlManager, usageId: string): Promise<{ coupon_id: string; coupon_code_id: string | null; released_at: Date | null; order_id: string | null } | undefined> {
  const [row] = await manager.execute<{ coupon_id: string; coupon_code_id: string | null; released_at: Date | null; order_id: string | null }[]>(
    `delete from cm_coupon_usage where id = ? returning coupon_id, coupon_code_id, released_at, order_id`,
    [usageId]
  )
  return row
}

/** COUPON-21: releases an order's live uses in one conditional update (a second call finds none). */
export async function releaseOrderUses(manager: SqlManager, orderId: string): Promise<ReleasedCouponUse[]> {
  return await manager.execute<ReleasedCouponUse[]>(
    `update cm_coupon_usage set released_at = now(), updated_at = now()
      where order_id = ? and released_at is null and deleted_at is null
      returning id, coupon_id, coupon_code_id`,
    [orderId]
  )
}

/** Live uses per coupon id; with `customerId`, only that customer's. */
export async function countUsesPerCoupon(manager: SqlManager, couponIds: string[], customerId?: string): Promise<Record<string, number>> {
  const out: Record<string, number> = Object.fromEntries(couponIds.map((id) => [id, 0]))
  if (!couponIds.length) return out
  const rows = await manager.execute<{ coupon_id: string; n: string }[]>(
    `select coupon_id, count(*) as n from cm_coupon_usage
      where coupon_id in (?) ${customerId !== undefined ? "and customer_id = ?" : ""}
        and released_at is null and deleted_at is null group by coupon_id`,
    customerId !== undefined ? [couponIds, customerId] : [couponIds]
  )
  rows.forEach((r) => (out[r.coupon_id] = Number(r.n)))
  return out
}

/** COUPON-22: one page of a coupon's uses in id order after `afterId` (keyset paging), with the code's expiry. */
export async function listUsageReportPage(manager: SqlManager, couponId: string, afterId: string | null, limit: number): Promise<UsageReportRow[]> {
  return await manager.execute<UsageReportRow[]>(
    `select u.id, u.code, u.coupon_code_id, u.customer_id, u.email, u.order_id, u.currency_code,
            u.eligible_total, u.discount_total, u.released_at, u.created_at, c.expires_at as code_expires_at,
            u.order_display_id, u.ordered_at, u.orderer_name
       from cm_coupon_usage u left join cm_coupon_code c on c.id = u.coupon_code_id
      where u.coupon_id = ? and u.deleted_at is null and u.id > ?
      order by u.id asc limit ?`,
    [couponId, afterId ?? "", limit]
  )
}

/** COUPON-23: the live coupon use of each order, with the coupon's name. */
export async function listOrderCouponUses(manager: SqlManager, orderIds: string[]): Promise<Record<string, OrderCouponUse>> {
  if (!orderIds.length) return {}
  const rows = await manager.execute<{ order_id: string; coupon_id: string; name: string; discount_total: string }[]>(
    `select u.order_id, u.coupon_id, k.name, u.discount_total
       from cm_coupon_usage u join cm_coupon k on k.id = u.coupon_id
      where u.order_id in (?) and u.deleted_at is null and u.released_at is null`,
    [orderIds]
  )
  return Object.fromEntries(rows.map((r) => [r.order_id, { coupon_id: r.coupon_id, name: r.name, discount_total: Number(r.discount_total) }]))
}

/** A use as its events carry it (COUPON_USED, COUPON_USE_RELEASED). */
export interface CouponUseForEvent {
  id: string
  coupon_id: string
  coupon_code_id: string | null
  code: string
  customer_id: string | null
  cart_id: string
  order_id: string | null
  currency_code: string
  discount_total: string | number
}

const USE_FOR_EVENT = "id, coupon_id, coupon_code_id, code, customer_id, cart_id, order_id, currency_code, discount_total"

/**
 * COUPON-21/22: names the order of a cart's use, and keeps what the usage report shows of it, in
 * one conditional update: a use that already names an order is left alone, so of two concurrent
 * callers (the complete route and `order.placed`) exactly one gets the use back.
 */
export async function linkCartUseToOrder(
  manager: SqlManager,
  cartId: string,
  order: { order_id: string; order_display_id: number | null; ordered_at: Date | null; orderer_name: string | null; email: string | null }
): Promise<CouponUseForEvent[]> {
  return await manager.execute<CouponUseForEvent[]>(
    `update cm_coupon_usage
        set order_id = ?, order_display_id = ?, ordered_at = ?, orderer_name = ?, email = coalesce(?, email), updated_at = now()
      where cart_id = ? and order_id is null and deleted_at is null
      returning ${USE_FOR_EVENT}`,
    [order.order_id, order.order_display_id, order.ordered_at, order.orderer_name, order.email, cartId]
  )
}

/** Undoes `linkCartUseToOrder` (its workflow failed afterwards): the use names no order again. */
export async function unlinkUseFromOrder(manager: SqlManager, usageId: string, orderId: string): Promise<void> {
  await manager.execute(
    `update cm_coupon_usage set order_id = null, order_display_id = null, ordered_at = null, orderer_name = null, updated_at = now()
      where id = ? and order_id = ?`,
    [usageId, orderId]
  )
}

/** The uses with these ids, as their events carry them (released ones too). */
export async function listUsesForEvent(manager: SqlManager, usageIds: string[]): Promise<CouponUseForEvent[]> {
  if (!usageIds.length) return []
  return await manager.execute<CouponUseForEvent[]>(`select ${USE_FOR_EVENT} from cm_coupon_usage where id in (?)`, [usageIds])
}
