import { MedusaError } from "@medusajs/framework/utils"
import {
  findPointsEntryByKey,
  insertPointsEntry,
  lockPointsAccount,
  setPointsBalance,
  takeFromCredit,
  takeFromOldestCredits,
} from "../repositories/points"
import type { SqlManager } from "../repositories/sql"
import type { AppendPointsInput, AppendPointsResult, CreditTake } from "../types/points"

/**
 * POINTS-1: appends one entry to a customer's ledger and moves the balance with it, inside the
 * caller's transaction, under the account's lock. Idempotent on `idempotency_key`. A debit the
 * balance cannot cover is refused (or, with `clamp`, takes what there is); a debit takes from
 * the oldest credits (or from `from_entry_id`). `locked`: the account the caller already holds
 * the lock of, with a key it just generated (no lock or key lookup again). Answers also what the
 * debit took from each credit.
 */
export async function appendPoints(
  manager: SqlManager,
  input: AppendPointsInput,
  locked?: { id: string; balance: number }
): Promise<AppendPointsResult & { credits: CreditTake[] }> {
  const account = locked ?? (await lockPointsAccount(manager, input.customer_id))
  if (!locked) {
    const existing = await findPointsEntryByKey(manager, input.idempotency_key)
    if (existing) return { entry: existing, created: false, balance: account.balance, credits: [] }
  }
  if (!Number.isSafeInteger(input.points)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `points: must be a whole number, got ${input.points}`)
  }
  let points = input.points
  if (points < 0 && account.balance + points < 0) {
    if (!input.clamp) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Not enough points: the balance is ${account.balance}, ${-points} are needed`)
    }
    points = -account.balance
  }
  let credits: CreditTake[] = []
  if (points < 0) {
    credits = input.from_entry_id
      ? await takeFromCredit(manager, input.from_entry_id, -points)
      : await takeFromOldestCredits(manager, input.customer_id, -points)
  }
  const balance = account.balance + points
  const entry = await insertPointsEntry(manager, input, points, balance)
  await setPointsBalance(manager, account.id, balance)
  return { entry, created: true, balance, credits }
}
