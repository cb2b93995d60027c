import type { Context } from "@medusajs/framework/types"
import { COUPON_LIMITS } from "../../../types/coupons"
import { archiveCoupons, deleteCouponsWithRows, lockCouponsEndedBefore } from "../repositories/coupons"
import { transactionOf } from "../repositories/sql"
import type { PurgedCoupon } from "../types/coupons"

/**
 * COUPON-19: purges up to `limit` coupons that ended more than 3 years before `now`, deleted
 * ones included, in the caller's transaction: each leaves an archive row with its usage in
 * aggregate; its codes, uses and cart records go with it. Answers the purged coupons with their
 * promotion ids (the caller deletes those from the Promotion Module). Twice purges nothing more.
 */
export async function purgeEndedCoupons(now: Date, limit: number, sharedContext: Context): Promise<PurgedCoupon[]> {
  const manager = transactionOf(sharedContext)
  const cutoff = new Date(now)
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - COUPON_LIMITS.PURGE_AFTER_YEARS)
  const due = await lockCouponsEndedBefore(manager, cutoff, limit)
  if (!due.length) return []
  const ids = due.map((d) => d.coupon_id)
  await archiveCoupons(manager, ids, now)
  await deleteCouponsWithRows(manager, ids)
  return due
}
