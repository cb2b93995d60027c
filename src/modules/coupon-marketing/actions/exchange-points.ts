import { MedusaError } from "@medusajs/framework/utils"
import { budgetLeft, deleteBudgetEntries, drawBudget, giveBackDraw, insertDrawEntry, lockBudget } from "../repositories/budget"
import {
  countCustomerExchanges,
  deleteCouponCode,
  deleteExchange,
  getOfferForExchange,
  getOfferStock,
  giveBackOfferStock,
  insertExchange,
  newExchangeId,
  refreshCouponCodeMarks,
  takeOfferStock,
} from "../repositories/exchanges"
import { getPointsBalance, giveBackToCredits, insertPointsEntry, lockPointsAccount, setPointsBalance } from "../repositories/points"
import type { SqlManager } from "../repositories/sql"
import type { ExchangePointsInput, ExchangeResult, ExchangeUndo } from "../types/points"
import { appendPoints } from "./append-points"
import { issueExchangeCode } from "./issue-coupon-codes"

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message, "exchange_refused")

/**
 * POINTS-7: exchanges points for an offer's coupon, all or nothing inside the caller's
 * transaction, with locks held as briefly as possible. Unlocked reads refuse the plain cases;
 * the rows only this exchange writes (its code, the exchange, its budget draw) come next; then
 * the customer's account is locked (their exchanges run one at a time: balance, per-customer
 * limit) and the points debited; the rows every shopper shares — the offer's stock and the
 * budget — come last, each taken by one conditional update that re-checks it under the lock.
 * Nothing is ever oversold or overdrawn: a refusal at any step rolls everything back.
 */
export async function exchangePoints(manager: SqlManager, input: ExchangePointsInput, timezone: string): Promise<ExchangeResult> {
  const now = input.now ?? new Date()
  const offer = await getOfferForExchange(manager, input.offer_id)
  if (!offer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Exchange offer with id: ${input.offer_id} was not found`)
  const unavailable = () => refuse(`The offer "${offer.name}" is not available now`)
  const soldOut = () => refuse(`The offer "${offer.name}" is out of stock`)
  const unfunded = () => refuse(`The store's exchange budget cannot fund "${offer.name}" now`)
  const poor = (balance: number) => refuse(`Not enough points: you have ${balance}, "${offer.name}" costs ${offer.points_cost}`)

  // Checks without locks first: most refusals cost nothing to anyone else.
  const open = (!offer.starts_at || new Date(offer.starts_at) <= now) && (!offer.ends_at || new Date(offer.ends_at) > now)
  if (!open || offer.compliance !== "compliant") throw unavailable()
  if (offer.exchanged_count >= offer.stock) throw soldOut()
  const seenBalance = await getPointsBalance(manager, input.customer_id)
  if (seenBalance < offer.points_cost) throw poor(seenBalance)
  const left = await budgetLeft(manager, offer.currency_code)
  if (left == null || left < offer.face_value) throw unfunded()

  // What only this exchange writes, before any lock: the code, the exchange and its budget draw.
  const exchangeId = newExchangeId()
  const coupon = { id: offer.coupon_id, validity_type: offer.validity_type, valid_days: offer.coupon_valid_days }
  const code = await issueExchangeCode(manager, coupon, input.customer_id, exchangeId, now, timezone)
  await insertExchange(manager, {
    id: exchangeId, offer_id: offer.id, customer_id: input.customer_id, points: offer.points_cost, face_value: offer.face_value,
    currency_code: offer.currency_code, coupon_id: offer.coupon_id, coupon_code_id: code.id,
  })
  const drawEntryId = await insertDrawEntry(manager, exchangeId, offer.face_value, offer.currency_code)

  // The customer's account: their exchanges run one at a time from here (balance, limit).
  const account = await lockPointsAccount(manager, input.customer_id)
  if (offer.per_customer_limit != null) {
    const n = await countCustomerExchanges(manager, offer.id, input.customer_id, exchangeId)
    if (n >= offer.per_customer_limit) throw refuse(`You have exchanged "${offer.name}" ${n} time(s), the limit is ${offer.per_customer_limit}`)
  }
  if (account.balance < offer.points_cost) throw poor(account.balance)
  const { entry, balance, credits } = await appendPoints(
    manager,
    {
      customer_id: input.customer_id,
      type: "redeem",
      points: -offer.points_cost,
      reason: `Exchanged for "${offer.name}"`,
      idempotency_key: `exchange:${exchangeId}`,
      exchange_id: exchangeId,
    },
    account
  )

  // The shared rows last, each in one conditional update: the offer's stock and the budget are
  // locked only from here to the commit, and re-checked under the lock (never oversold).
  if (!(await takeOfferStock(manager, offer.id, now))) {
    const fresh = await getOfferStock(manager, offer.id)
    throw fresh && fresh.exchanged_count >= fresh.stock ? soldOut() : unavailable()
  }
  if (!(await drawBudget(manager, offer.currency_code, offer.face_value))) throw unfunded()

  return {
    id: exchangeId,
    offer_id: offer.id,
    points: offer.points_cost,
    balance,
    coupon_id: offer.coupon_id,
    code: code.code,
    expires_at: code.expires_at,
    code_id: code.id,
    face_value: offer.face_value,
    currency_code: offer.currency_code,
    undo: {
      exchange_id: exchangeId, customer_id: input.customer_id, offer_id: offer.id, coupon_id: offer.coupon_id, code_id: code.id, points: offer.points_cost,
      redeem_entry_id: entry.id, credits, draw_entry_id: drawEntryId, face_value: offer.face_value, currency_code: offer.currency_code,
    },
  }
}

/**
 * The exact undo of one exchange (its workflow failed after it), inside the caller's transaction,
 * by the ids of the rows it wrote: the exchange and its code go (the coupon's issued-codes marks
 * follow the codes left), its budget draw goes and the
 * budget gets the face value back, the offer its stock, each credit the points the debit took of
 * it, and the ledger a counter-entry (append-only: key `undo:exchange:<id>`) so the balance is
 * where it was. Run twice, the second finds the exchange gone and does nothing. Answers whether
 * this call undid it.
 */
export async function undoExchange(manager: SqlManager, undo: ExchangeUndo): Promise<boolean> {
  // The account's lock first, as the exchange took it: an undo and an exchange never interleave.
  const account = await lockPointsAccount(manager, undo.customer_id)
  if (!(await deleteExchange(manager, undo.exchange_id))) return false
  await deleteCouponCode(manager, undo.code_id)
  await refreshCouponCodeMarks(manager, undo.coupon_id)
  await giveBackOfferStock(manager, undo.offer_id)
  const [draw] = await deleteBudgetEntries(manager, [undo.draw_entry_id])
  if (draw) {
    await lockBudget(manager, undo.currency_code)
    await giveBackDraw(manager, undo.currency_code, undo.face_value)
  }
  await giveBackToCredits(manager, undo.credits)
  const balance = account.balance + undo.points
  // The points went back to the credits they came from: the counter-entry holds none itself.
  await insertPointsEntry(
    manager,
    {
      customer_id: undo.customer_id,
      type: "refund",
      points: undo.points,
      reason: "Exchange undone",
      idempotency_key: `undo:exchange:${undo.exchange_id}`,
      exchange_id: undo.exchange_id,
    },
    undo.points,
    balance,
    0
  )
  await setPointsBalance(manager, account.id, balance)
  return true
}
