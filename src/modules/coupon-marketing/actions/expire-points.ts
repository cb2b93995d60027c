import { getCreditRemaining, lockPointsAccount } from "../repositories/points"
import type { SqlManager } from "../repositories/sql"
import { appendPoints } from "./append-points"

/**
 * POINTS-3: expires the unspent part of one credit (key `expire:<credit id>`), inside the
 * caller's transaction under the account's lock. False: nothing was left, or it was done before.
 */
export async function expireCredit(manager: SqlManager, creditId: string, customerId: string): Promise<boolean> {
  await lockPointsAccount(manager, customerId)
  const remaining = await getCreditRemaining(manager, creditId)
  if (remaining <= 0) return false
  const { created } = await appendPoints(manager, {
    customer_id: customerId,
    type: "expire",
    points: -remaining,
    reason: "Points expired",
    idempotency_key: `expire:${creditId}`,
    from_entry_id: creditId,
    clamp: true,
  })
  return created
}
