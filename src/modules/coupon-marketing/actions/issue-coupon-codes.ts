import type { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { relativeValidityEnd } from "../domain/coupons/validity"
import { generateEntityIds, generateIndividualCodes } from "../domain/coupons/codes-random"
import { lockCouponForIssue, markCodesIssued } from "../repositories/coupons"
import { customersHoldingCodes, insertCodeRows } from "../repositories/codes"
import { type SqlManager, transactionOf } from "../repositories/sql"
import type { IssueCouponCodesInput, IssueCouponCodesResult, IssuedCode } from "../types/coupons"

/** Rows per INSERT statement when issuing codes: one round trip for many thousands. */
const ISSUE_CHUNK = 5_000

/** When a code issued now expires: a relative coupon's last day, end of day in the store's time zone (COUPON-7). */
export function codeExpiry(coupon: { validity_type: string; valid_days: number | null }, now: Date, timezone: string): Date | null {
  return coupon.validity_type === "relative" && coupon.valid_days ? relativeValidityEnd(now, coupon.valid_days, timezone) : null
}

/**
 * Inserts one code per customer, ISSUE_CHUNK rows per statement; a code that clashes with an
 * existing one is drawn again for its customer (60 random bits: rare).
 */
export async function insertCodes(
  manager: SqlManager,
  couponId: string,
  customers: string[],
  expiresAt: Date | null,
  source: string,
  sourceId: string | null
): Promise<IssuedCode[]> {
  const issued: IssuedCode[] = []
  for (let start = 0; start < customers.length; start += ISSUE_CHUNK) {
    let pending = customers.slice(start, start + ISSUE_CHUNK)
    while (pending.length) {
      const codes = generateIndividualCodes(pending.length)
      const ids = generateEntityIds("cpcd", pending.length)
      const rows = await insertCodeRows(manager, couponId, pending.map((customer_id, i) => ({ id: ids[i], code: codes[i], customer_id })), expiresAt, source, sourceId)
      rows.forEach((r) => issued.push({ ...r, expires_at: expiresAt }))
      const done = new Set(rows.map((r) => r.id))
      pending = pending.filter((_, i) => !done.has(ids[i]))
    }
  }
  return issued
}

/**
 * Issues individual codes (COUPON-5) in bulk, in the caller's transaction: the coupon row is
 * locked (one issue of a coupon at a time), holders are skipped unless `once_per_customer` is
 * false, codes go in by one multi-row INSERT per 5,000 (no Medusa promotion per code: the
 * coupon's one promotion serves them all), and the coupon records `codes_issued_at` /
 * `last_code_expires_at`.
 */
export async function issueCouponCodes(input: IssueCouponCodesInput, timezone: string, sharedContext: Context): Promise<IssueCouponCodesResult> {
  const manager = transactionOf(sharedContext)
  const now = input.now ?? new Date()
  const coupon = await lockCouponForIssue(manager, input.coupon_id)
  if (!coupon) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Coupon with id: ${input.coupon_id} was not found`)
  if (coupon.code_mode !== "individual") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Coupon ${input.coupon_id} uses a fixed code: individual codes cannot be issued for it`)
  }
  let customers = [...new Set(input.customer_ids)]
  const requested = customers.length
  if (input.once_per_customer !== false && customers.length) {
    const held = await customersHoldingCodes(manager, coupon.id, customers)
    customers = customers.filter((c) => !held.has(c))
  }
  const expiresAt = codeExpiry(coupon, now, timezone)
  const issued = await insertCodes(manager, coupon.id, customers, expiresAt, input.source ?? "admin", input.source_id ?? null)
  if (issued.length) await markCodesIssued(manager, coupon.id, now, expiresAt)
  return { issued: issued.length, skipped: requested - issued.length, codes: issued }
}

/**
 * An exchange's code (POINTS-5): one code of the offer's coupon for the customer, inside the
 * exchange's transaction, without locking the coupon row (exchanges of one offer run side by side).
 */
export async function issueExchangeCode(
  manager: SqlManager,
  coupon: { id: string; validity_type: string; valid_days: number | null },
  customerId: string,
  exchangeId: string,
  now: Date,
  timezone: string
): Promise<IssuedCode> {
  const expiresAt = codeExpiry(coupon, now, timezone)
  const [code] = await insertCodes(manager, coupon.id, [customerId], expiresAt, "exchange", exchangeId)
  await markCodesIssued(manager, coupon.id, now, expiresAt)
  return code
}
