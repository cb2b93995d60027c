import { generateEntityId } from "@medusajs/framework/utils"
import type { BudgetRow, DepositRow } from "../types/points"
import { type SqlManager, raw } from "./sql"

/** The budget row of a currency, created at 0 the first time, locked for this transaction (POINTS-6). */
export async function lockBudget(manager: SqlManager, currency: string) {
  await manager.execute(
    `insert into cm_budget_account (id, currency_code, deposited, raw_deposited, drawn, raw_drawn, deposits, created_at, updated_at)
     values (?, ?, 0, ?::jsonb, 0, ?::jsonb, 0, now(), now())
     on conflict (currency_code) where deleted_at is null do nothing`,
    [generateEntityId(undefined, "cmba"), currency, raw(0), raw(0)]
  )
  const [row] = await manager.execute<{ id: string; deposited: string; drawn: string; deposits: number }[]>(
    `select id, deposited, drawn, deposits from cm_budget_account where currency_code = ? and deleted_at is null for update`,
    [currency]
  )
  return { id: row.id, deposited: Number(row.deposited), drawn: Number(row.drawn), deposits: row.deposits }
}

/** One deposit entry with its readable number. */
export async function insertDepositEntry(
  manager: SqlManager,
  input: { amount: number; reason: string; currency_code: string; deposit_number: string }
): Promise<DepositRow> {
  const [entry] = await manager.execute<(Omit<DepositRow, "amount"> & { amount: string })[]>(
    `insert into cm_budget_entry (id, type, amount, raw_amount, currency_code, reason, deposit_number, idempotency_key, created_at, updated_at)
     values (?, 'deposit', ?, ?::jsonb, ?, ?, ?, ?, now(), now()) returning id, type, amount, currency_code, reason, deposit_number, created_at`,
    [
      generateEntityId(undefined, "cmbe"), input.amount, raw(input.amount), input.currency_code, input.reason, input.deposit_number,
      `deposit:${input.currency_code}:${input.deposit_number}`,
    ]
  )
  return { ...entry, amount: Number(entry.amount) }
}

/** Adds `amount` (signed) to a currency's deposits; `count`: and to the number of deposits. */
export async function addToDeposited(manager: SqlManager, currency: string, amount: number, count = 0): Promise<void> {
  await manager.execute(
    `update cm_budget_account
        set deposited = deposited + ?, raw_deposited = jsonb_build_object('value', (deposited + ?)::text, 'precision', 20),
            deposits = deposits + ?, updated_at = now()
      where currency_code = ? and deleted_at is null`,
    [amount, amount, count, currency]
  )
}

/** One draw entry (an exchange's face value). Answers its id. */
export async function insertDrawEntry(manager: SqlManager, exchangeId: string, amount: number, currency: string): Promise<string> {
  const id = generateEntityId(undefined, "cmbe")
  await manager.execute(
    `insert into cm_budget_entry (id, type, amount, raw_amount, currency_code, exchange_id, idempotency_key, created_at, updated_at)
     values (?, 'draw', ?, ?::jsonb, ?, ?, ?, now(), now())`,
    [id, amount, raw(amount), currency, exchangeId, `draw:${exchangeId}`]
  )
  return id
}

/**
 * Draws `amount` from a currency's budget in one conditional update (locked from here to the
 * commit, re-checked under the lock: never overdrawn). False: the budget cannot cover it.
 */
export async function drawBudget(manager: SqlManager, currency: string, amount: number): Promise<boolean> {
  const drawn = await manager.execute<{ id: string }[]>(
    `update cm_budget_account
        set drawn = drawn + ?, raw_drawn = jsonb_build_object('value', (drawn + ?)::text, 'precision', 20), updated_at = now()
      where currency_code = ? and deleted_at is null and deposited - drawn >= ?
      returning id`,
    [amount, amount, currency, amount]
  )
  return drawn.length > 0
}

/** Gives a draw back to a currency's budget (the undo of an exchange). */
export async function giveBackDraw(manager: SqlManager, currency: string, amount: number): Promise<void> {
  await manager.execute(
    `update cm_budget_account
        set drawn = drawn - ?, raw_drawn = jsonb_build_object('value', (drawn - ?)::text, 'precision', 20), updated_at = now()
      where currency_code = ? and deleted_at is null`,
    [amount, amount, currency]
  )
}

/** Soft-deletes budget entries by id; answers those this call deleted (none the second time). */
export async function deleteBudgetEntries(
  manager: SqlManager,
  ids: string[]
): Promise<{ id: string; amount: number; currency_code: string; deposit_number: string | null }[]> {
  if (!ids.length) return []
  const rows = await manager.execute<{ id: string; amount: string; currency_code: string; deposit_number: string | null }[]>(
    `update cm_budget_entry set deleted_at = now(), updated_at = now() where id in (?) and deleted_at is null
     returning id, amount, currency_code, deposit_number`,
    [ids]
  )
  return rows.map((r) => ({ ...r, amount: Number(r.amount) }))
}

/** Frees the deposit number `n` when it is the last one given (an undone last deposit): false when a later one exists. */
export async function freeLastDepositNumber(manager: SqlManager, currency: string, n: number): Promise<boolean> {
  const rows = await manager.execute<{ id: string }[]>(
    `update cm_budget_account set deposits = deposits - 1, updated_at = now()
      where currency_code = ? and deleted_at is null and deposits = ? returning id`,
    [currency, n]
  )
  return rows.length > 0
}

/** POINTS-6: deposited / drawn / remaining per currency. */
export async function listBudgets(manager: SqlManager): Promise<BudgetRow[]> {
  const rows = await manager.execute<{ currency_code: string; deposited: string; drawn: string; deposits: number }[]>(
    `select currency_code, deposited, drawn, deposits from cm_budget_account where deleted_at is null order by currency_code`
  )
  return rows.map((r) => ({
    currency_code: r.currency_code,
    deposited: Number(r.deposited),
    drawn: Number(r.drawn),
    remaining: Number(r.deposited) - Number(r.drawn),
    deposits: r.deposits,
  }))
}

/** What is left of a currency's budget, unlocked (null: no budget). */
export async function budgetLeft(manager: SqlManager, currency: string): Promise<number | null> {
  const [row] = await manager.execute<{ left: string }[]>(
    `select deposited - drawn as left from cm_budget_account where currency_code = ? and deleted_at is null`,
    [currency]
  )
  return row ? Number(row.left) : null
}
