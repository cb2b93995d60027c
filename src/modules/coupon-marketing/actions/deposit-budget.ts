import { depositNumber } from "../domain/points"
import { addToDeposited, deleteBudgetEntries, freeLastDepositNumber, insertDepositEntry, lockBudget } from "../repositories/budget"
import type { SqlManager } from "../repositories/sql"
import type { DepositBudgetInput, DepositRow } from "../types/points"

/** POINTS-6: a deposit into the exchange budget, with its readable number, under the budget's lock. */
export async function depositBudget(manager: SqlManager, input: DepositBudgetInput): Promise<DepositRow> {
  const currency = input.currency_code.toLowerCase()
  const budget = await lockBudget(manager, currency)
  const entry = await insertDepositEntry(manager, {
    amount: input.amount,
    reason: input.reason.trim(),
    currency_code: currency,
    deposit_number: depositNumber(budget.deposits + 1),
  })
  await addToDeposited(manager, currency, input.amount, 1)
  return entry
}

/**
 * The undo of one deposit, by its entry id, under the budget's lock: the entry goes and its
 * amount comes off the deposits; its number is given back when it was the last one given (else
 * it stays used, like a voided receipt: numbers are never given twice). Run twice, the second
 * does nothing. Answers whether this call undid it.
 */
export async function undoDeposit(manager: SqlManager, entryId: string): Promise<boolean> {
  const [entry] = await deleteBudgetEntries(manager, [entryId])
  if (!entry) return false
  await lockBudget(manager, entry.currency_code)
  await addToDeposited(manager, entry.currency_code, -entry.amount)
  const n = Number(/\d+/.exec(entry.deposit_number ?? "")?.[0])
  if (Number.isSafeInteger(n)) await freeLastDepositNumber(manager, entry.currency_code, n)
  return true
}
