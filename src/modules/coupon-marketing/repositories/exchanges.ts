import { generateEntityId } from "@medusajs/framework/utils"
import type { OfferForExchange } from "../types/points"
import { type SqlManager, raw } from "./sql"

/** The offer with its coupon's validity (the code's expiry), in one read, unlocked (POINTS-7). */
export async function getOfferForExchange(manager: SqlManager, offerId: string): Promise<OfferForExchange | undefined> {
  const [offer] = await manager.execute<OfferForExchange[]>(
    `select o.id, o.name, o.coupon_id, o.face_value, o.currency_code, o.points_cost, o.stock, o.exchanged_count,
            o.per_customer_limit, o.starts_at, o.ends_at, o.compliance, c.validity_type, c.valid_days as coupon_valid_days
       from cm_exchange_offer o join cm_coupon c on c.id = o.coupon_id and c.deleted_at is null
      where o.id = ? and o.deleted_at is null`,
    [offerId]
  )
  return offer && { ...offer, face_value: Number(offer.face_value) }
}

/** The offer's stock as it is now (after a refused take: sold out or closed?). */
export async function getOfferStock(manager: SqlManager, offerId: string): Promise<{ stock: number; exchanged_count: number } | undefined> {
  const [row] = await manager.execute<{ stock: number; exchanged_count: number }[]>(
    `select stock, exchanged_count from cm_exchange_offer where id = ? and deleted_at is null`,
    [offerId]
  )
  return row
}

/** A new exchange's id (written before the row, so its code can name it). */
export const newExchangeId = () => generateEntityId(undefined, "cmpx")

export async function insertExchange(
  manager: SqlManager,
  row: { id: string; offer_id: string; customer_id: string; points: number; face_value: number; currency_code: string; coupon_id: string; coupon_code_id: string }
): Promise<void> {
  await manager.execute(
    `insert into cm_points_exchange (id, offer_id, customer_id, points, face_value, raw_face_value, currency_code, coupon_id, coupon_code_id, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, now(), now())`,
    [row.id, row.offer_id, row.customer_id, row.points, row.face_value, raw(row.face_value), row.currency_code, row.coupon_id, row.coupon_code_id]
  )
}

/** How many times a customer exchanged an offer, not counting `exceptId` (the exchange in progress). */
export async function countCustomerExchanges(manager: SqlManager, offerId: string, customerId: string, exceptId: string): Promise<number> {
  const [{ n }] = await manager.execute<{ n: string }[]>(
    `select count(*) as n from cm_points_exchange where offer_id = ? and customer_id = ? and id <> ? and deleted_at is null`,
    [offerId, customerId, exceptId]
  )
  return Number(n)
}

/**
 * Takes one of the offer's stock in one conditional update, re-checking under the lock that it
 * is open, compliant and not sold out. False: not taken.
 */
export async function takeOfferStock(manager: SqlManager, offerId: string, now: Date): Promise<boolean> {
  const taken = await manager.execute<{ id: string }[]>(
    `update cm_exchange_offer set exchanged_count = exchanged_count + 1, updated_at = now()
      where id = ? and deleted_at is null and exchanged_count < stock and compliance = 'compliant'
        and (starts_at is null or starts_at <= ?) and (ends_at is null or ends_at > ?)
      returning id`,
    [offerId, now, now]
  )
  return taken.length > 0
}

/** Gives one of an offer's stock back (deleted offers too: the undo of an exchange). */
export async function giveBackOfferStock(manager: SqlManager, offerId: string): Promise<void> {
  await manager.execute(
    `update cm_exchange_offer set exchanged_count = greatest(0, exchanged_count - 1), updated_at = now() where id = ?`,
    [offerId]
  )
}

/** Soft-deletes an exchange; false when it was already gone (an undo run twice). */
export async function deleteExchange(manager: SqlManager, exchangeId: string): Promise<boolean> {
  const rows = await manager.execute<{ id: string }[]>(
    `update cm_points_exchange set deleted_at = now(), updated_at = now() where id = ? and deleted_at is null returning id`,
    [exchangeId]
  )
  return rows.length > 0
}

/** Soft-deletes one individual code (the exchange's). */
export async function deleteCouponCode(manager: SqlManager, codeId: string): Promise<void> {
  await manager.execute(`update cm_coupon_code set deleted_at = now(), updated_at = now() where id = ? and deleted_at is null`, [codeId])
}

/**
 * After an exchange's code is gone (its undo): the coupon's `last_code_expires_at` follows the
 * codes it still has (the latest expiry), and with none left `codes_issued_at` is cleared too —
 * so a coupon whose only exchange was undone is exactly as it was before it.
 */
export async function refreshCouponCodeMarks(manager: SqlManager, couponId: string): Promise<void> {
  await manager.execute(
    `update cm_coupon k
        set codes_issued_at = case when c.n = 0 then null else k.codes_issued_at end,
            last_code_expires_at = c.last_expiry, updated_at = now()
       from (select count(*) as n, max(expires_at) as last_expiry
               from cm_coupon_code where coupon_id = ? and deleted_at is null) c
      where k.id = ? and (k.last_code_expires_at is distinct from c.last_expiry or (c.n = 0 and k.codes_issued_at is not null))`,
    [couponId, couponId]
  )
}
