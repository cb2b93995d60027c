import type { CouponForIssue, CouponForUse, PurgedCoupon } from "../types/coupons"
import type { SqlManager } from "./sql"

/** The coupon's limits, its row locked for this transaction: one checkout of it at a time (COUPON-13). */
export async function lockCouponForUse(manager: SqlManager, couponId: string): Promise<CouponForUse | undefined> {
  const [row] = await manager.execute<CouponForUse[]>(
    `select id, total_limit, per_customer_limit from cm_coupon where id = ? and deleted_at is null for update`,
    [couponId]
  )
  return row
}

/** What issuing codes needs of the coupon, its row locked: one issue of it at a time (COUPON-5). */
export async function lockCouponForIssue(manager: SqlManager, couponId: string): Promise<CouponForIssue | undefined> {
  const [row] = await manager.execute<CouponForIssue[]>(
    `select id, code_mode, validity_type, valid_days, ends_at from cm_coupon where id = ? and deleted_at is null for update`,
    [couponId]
  )
  return row
}

/**
 * Records on the coupon that codes were issued (its status depends on it) and until when the
 * last one is valid. Only a change is written: the row is not locked when nothing changes.
 */
export async function markCodesIssued(manager: SqlManager, couponId: string, now: Date, expiresAt: Date | null): Promise<void> {
  await manager.execute(
    `update cm_coupon set codes_issued_at = coalesce(codes_issued_at, ?::timestamptz),
            last_code_expires_at = case when ?::timestamptz is null then last_code_expires_at
                                        else greatest(coalesce(last_code_expires_at, ?::timestamptz), ?::timestamptz) end,
            updated_at = now()
      where id = ? and (codes_issued_at is null
                        or (?::timestamptz is not null and (last_code_expires_at is null or last_code_expires_at < ?::timestamptz)))`,
    [now, expiresAt, expiresAt, expiresAt, couponId, expiresAt, expiresAt]
  )
}

/**
 * COUPON-19: up to `limit` coupons (deleted ones included) whose end — a window's end, or for
 * relative validity the last issued code's expiry — is before `cutoff`, locked (a concurrent
 * purge skips them).
 */
export async function lockCouponsEndedBefore(manager: SqlManager, cutoff: Date, limit: number): Promise<PurgedCoupon[]> {
  const rows = await manager.execute<{ id: string; promotion_id: string | null }[]>(
    `select id, promotion_id from cm_coupon
      where coalesce(case when validity_type = 'window' then ends_at else last_code_expires_at end, 'infinity') < ?
      order by id limit ? for update skip locked`,
    [cutoff, limit]
  )
  return rows.map((r) => ({ coupon_id: r.id, promotion_id: r.promotion_id }))
}

/** One archive row per coupon with its usage in aggregate (released uses not counted); once per coupon. */
export async function archiveCoupons(manager: SqlManager, couponIds: string[], purgedAt: Date): Promise<void> {
  await manager.execute(
    `insert into cm_coupon_archive (id, coupon_id, name, audience, code_mode, benefit_type, benefit_value, raw_benefit_value,
            currency_code, starts_at, ended_at, codes_issued, uses, eligible_total, raw_eligible_total, discount_total,
            raw_discount_total, purged_at, created_at, updated_at)
     select 'cparc_' || k.id, k.id, k.name, k.audience, k.code_mode, k.benefit_type, k.benefit_value, k.raw_benefit_value,
            k.currency_code, k.starts_at, case when k.validity_type = 'window' then k.ends_at else k.last_code_expires_at end,
            (select count(*) from cm_coupon_code c where c.coupon_id = k.id),
            coalesce(u.uses, 0), coalesce(u.eligible, 0), jsonb_build_object('value', coalesce(u.eligible, 0)::text, 'precision', 20),
            coalesce(u.discount, 0), jsonb_build_object('value', coalesce(u.discount, 0)::text, 'precision', 20), ?, now(), now()
       from cm_coupon k
       left join (select coupon_id, count(*) as uses, sum(eligible_total) as eligible, sum(discount_total) as discount
                    from cm_coupon_usage where released_at is null and deleted_at is null group by coupon_id) u on u.coupon_id = k.id
      where k.id in (?)
     on conflict (coupon_id) where deleted_at is null do nothing`,
    [purgedAt, couponIds]
  )
}

/** Deletes the coupons for good, with their cart records, uses and codes. */
export async function deleteCouponsWithRows(manager: SqlManager, couponIds: string[]): Promise<void> {
  for (const table of ["cm_cart_coupon", "cm_coupon_usage", "cm_coupon_code"]) {
    await manager.execute(`delete from ${table} where coupon_id in (?)`, [couponIds])
  }
  await manager.execute(`delete from cm_coupon where id in (?)`, [couponIds])
}
