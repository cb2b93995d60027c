import type { Context } from "@medusajs/framework/types"
import { giveCodeUseBack } from "../repositories/codes"
import { deleteUsage, releaseOrderUses } from "../repositories/usage"
import { transactionOf } from "../repositories/sql"
import type { ReleasedCouponUse } from "../types/coupons"

/**
 * Undoes `consumeCouponUse` (checkout failed after it): removes the use and gives its code's use
 * back. Answers the removed use (null when there was none, e.g. a second compensation).
 */
export async function undoCouponUse(usageId: string, sharedContext: Context): Promise<ReleasedCouponUse | null> {
  const manager = transactionOf(sharedContext)
  const row = await deleteUsage(manager, usageId)
  if (!row) return null
  if (row.coupon_code_id && !row.released_at) await giveCodeUseBack(manager, [row.coupon_code_id])
  return { id: usageId, coupon_id: row.coupon_id, coupon_code_id: row.coupon_code_id }
}

/**
 * COUPON-21: gives back the uses of a cancelled order exactly once — released by one
 * conditional update, so a second (or concurrent) cancel finds nothing — with their codes' uses.
 */
export async function releaseOrderCouponUse(orderId: string, sharedContext: Context): Promise<ReleasedCouponUse[]> {
  const manager = transactionOf(sharedContext)
  const released = await releaseOrderUses(manager, orderId)
  await giveCodeUseBack(manager, released.map((r) => r.coupon_code_id).filter((id): id is string => !!id))
  return released
}
