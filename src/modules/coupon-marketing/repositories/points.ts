import { generateEntityId } from "@medusajs/framework/utils"
import type { AppendPointsInput, CreditTake, PointsEntryRow, PointsPage } from "../types/points"
import type { SqlManager } from "./sql"

/** The account row, created at 0 the first time, locked for this transaction (POINTS-1). */
export async function lockPointsAccount(manager: SqlManager, customerId: string): Promise<{ id: string; balance: number }> {
  await manager.execute(
    `insert into cm_points_account (id, customer_id, balance, created_at, updated_at) values (?, ?, 0, now(), now())
     on conflict (customer_id) where deleted_at is null do nothing`,
    [generateEntityId(undefined, "cmpa"), customerId]
  )
  const [row] = await manager.execute<{ id: string; balance: number }[]>(
    `select id, balance from cm_points_account where customer_id = ? and deleted_at is null for update`,
    [customerId]
  )
  return row
}

/** The entry written under an idempotency key, if any. */
export async function findPointsEntryByKey(manager: SqlManager, key: string): Promise<PointsEntryRow | undefined> {
  const [existing] = await manager.execute<PointsEntryRow[]>(
    `select * from cm_points_entry where idempotency_key = ? and deleted_at is null`,
    [key]
  )
  return existing
}

/**
 * A debit of `points` (> 0) taken from the customer's credits, oldest first: each keeps what
 * is left after the debit's share of the running sum. Answers what was taken from each credit
 * (so an undo can give exactly that back).
 */
export async function takeFromOldestCredits(manager: SqlManager, customerId: string, points: number): Promise<CreditTake[]> {
  const rows = await manager.execute<{ id: string; taken: number }[]>(
    `with c as (
       select id, remaining, sum(remaining) over (order by created_at, id) as run
         from cm_points_entry where customer_id = ? and remaining > 0 and deleted_at is null)
     update cm_points_entry e set remaining = least(c.remaining, greatest(0, c.run - ?)), updated_at = now()
       from c where e.id = c.id and c.run - c.remaining < ?
     returning e.id, (c.remaining - e.remaining)::int as taken`,
    [customerId, points, points]
  )
  return rows.filter((r) => r.taken > 0).map((r) => ({ entry_id: r.id, points: Number(r.taken) }))
}

/** A debit of `points` (> 0) taken from one credit (its expiry). */
export async function takeFromCredit(manager: SqlManager, entryId: string, points: number): Promise<CreditTake[]> {
  await manager.execute(`update cm_points_entry set remaining = greatest(0, remaining - ?), updated_at = now() where id = ?`, [points, entryId])
  return [{ entry_id: entryId, points }]
}

/** Gives back to each credit what a debit took of it (the undo of an exchange). */
export async function giveBackToCredits(manager: SqlManager, takes: CreditTake[]): Promise<void> {
  for (const take of takes) {
    await manager.execute(`update cm_points_entry set remaining = remaining + ?, updated_at = now() where id = ?`, [take.points, take.entry_id])
  }
}

/** Inserts one ledger line (`points` signed; a credit's `remaining` starts at its points unless told). */
export async function insertPointsEntry(
  manager: SqlManager,
  input: AppendPointsInput,
  points: number,
  balanceAfter: number,
  remaining: number = points > 0 ? points : 0
): Promise<PointsEntryRow> {
  const [entry] = await manager.execute<PointsEntryRow[]>(
    `insert into cm_points_entry (id, customer_id, type, points, reason, idempotency_key, order_id, exchange_id, expires_at,
            remaining, balance_after, created_by, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp(), clock_timestamp()) returning *`,
    [
      generateEntityId(undefined, "cmpe"), input.customer_id, input.type, points, input.reason, input.idempotency_key,
      input.order_id ?? null, input.exchange_id ?? null, input.expires_at ?? null, remaining, balanceAfter, input.created_by ?? null,
    ]
  )
  return entry
}

/** Writes the account's balance (under its lock). */
export async function setPointsBalance(manager: SqlManager, accountId: string, balance: number): Promise<void> {
  await manager.execute(`update cm_points_account set balance = ?, updated_at = now() where id = ?`, [balance, accountId])
}

/** POINTS-1: the balance, one row read whatever the ledger's length. */
export async function getPointsBalance(manager: SqlManager, customerId: string): Promise<number> {
  const [row] = await manager.execute<{ balance: number }[]>(
    `select balance from cm_points_account where customer_id = ? and deleted_at is null`,
    [customerId]
  )
  return row?.balance ?? 0
}

/**
 * POINTS-9: the balance, one page of the ledger (newest first) and the ledger's length in one
 * statement: one snapshot, so the page always adds up to the balance shown.
 */
export async function getPointsPage(manager: SqlManager, customerId: string, limit: number, offset: number): Promise<PointsPage> {
  const rows = await manager.execute<(PointsEntryRow & { account_balance: number | null; total: string })[]>(
    `select b.balance as account_balance, t.total, e.*
       from (select ?::text as customer_id) c
       left join cm_points_account b on b.customer_id = c.customer_id and b.deleted_at is null
       cross join lateral (select count(*) as total from cm_points_entry where customer_id = c.customer_id and deleted_at is null) t
       left join lateral (
         select * from cm_points_entry where customer_id = c.customer_id and deleted_at is null
          order by created_at desc, id desc limit ? offset ?) e on true`,
    [customerId, limit, offset]
  )
  const first = rows[0]
  return {
    balance: first?.account_balance ?? 0,
    count: Number(first?.total ?? 0),
    entries: rows.filter((r) => r.id).map(({ account_balance: _b, total: _t, ...entry }) => entry),
  }
}

/** POINTS-3: up to `limit` credits past their expiry with something unspent, oldest first. */
export async function listExpiredCredits(manager: SqlManager, now: Date, limit = 5000): Promise<{ id: string; customer_id: string }[]> {
  return await manager.execute<{ id: string; customer_id: string }[]>(
    `select id, customer_id from cm_points_entry
      where expires_at <= ? and remaining > 0 and deleted_at is null order by created_at, id limit ?`,
    [now, limit]
  )
}

/** What is unspent of one credit (read under the account's lock). */
export async function getCreditRemaining(manager: SqlManager, entryId: string): Promise<number> {
  const [credit] = await manager.execute<{ remaining: number }[]>(`select remaining from cm_points_entry where id = ?`, [entryId])
  return credit?.remaining ?? 0
}
