/**
 * The points rules (SPEC §3) as pure functions: earning, offers, deeper-than-free, deposits.
 * Safe in the browser.
 */
import { formatMoney } from "../coupons/money"
import {
  DEFAULT_EXCHANGE_DENOMINATIONS,
  ExchangeOfferInput,
  FreeCouponForCompliance,
  POINTS_LIMITS,
  PointsFieldError,
} from "../../../../types/points"

/** How points are earned (plugin options): `points` for every `per_amount` of the basis. */
export interface EarnRate {
  points: number
  per_amount: number
}

/**
 * POINTS-2: floor(rate × merchandise total). 1 point per ¥100: ¥1,999 → 19. A negative or
 * non-finite total earns nothing. Works on minor units to avoid 0.1 + 0.2 surprises.
 */
export function earnedPoints(merchandiseTotal: number, rate: EarnRate): number {
  if (!Number.isFinite(merchandiseTotal) || merchandiseTotal <= 0) return 0
  const cents = Math.round(merchandiseTotal * 100)
  return Math.floor((cents * rate.points) / (rate.per_amount * 100))
}

/**
 * POINTS-2 with COUPON-3: the merchandise total the points are computed on — after the
 * coupon discount (the default) or before it.
 */
export function pointsBasis(itemSubtotal: number, itemDiscount: number, basis: "after_discount" | "before_discount"): number {
  return basis === "before_discount" ? itemSubtotal : Math.max(0, itemSubtotal - itemDiscount)
}

const isInt = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v)

/** POINTS-4: every problem of an offer, naming its field. */
export function validateOfferInput(
  input: Partial<ExchangeOfferInput>,
  denominations: readonly number[] = DEFAULT_EXCHANGE_DENOMINATIONS
): PointsFieldError[] {
  const errors: PointsFieldError[] = []
  const add = (field: string, message: string) => errors.push({ field, message })
  if (typeof input.name !== "string" || !input.name.trim()) add("name", "Name is required")
  else if (input.name.length > 100) add("name", "Name is at most 100 characters")
  if (!denominations.includes(input.face_value as number)) {
    add("face_value", `The face value must be one of ${denominations.join(", ")}, got ${input.face_value}`)
  }
  if (!isInt(input.threshold) || input.threshold < 0) add("threshold", `The minimum spend must be a whole amount ≥ 0, got ${input.threshold}`)
  else if (isInt(input.face_value) && input.threshold > 0 && input.threshold <= input.face_value) {
    add("threshold", `The minimum spend must be above the face value (${input.face_value}), got ${input.threshold}`)
  }
  if (!isInt(input.points_cost) || input.points_cost < 1 || input.points_cost > POINTS_LIMITS.POINTS_MAX) {
    add("points_cost", `The points cost must be a whole number ≥ 1, got ${input.points_cost}`)
  }
  if (!isInt(input.stock) || input.stock < 1 || input.stock > POINTS_LIMITS.POINTS_MAX) add("stock", `The stock must be a whole number ≥ 1, got ${input.stock}`)
  if (input.per_customer_limit != null && (!isInt(input.per_customer_limit) || input.per_customer_limit < 1)) {
    add("per_customer_limit", `The per-customer limit must be a whole number ≥ 1, got ${input.per_customer_limit}`)
  }
  if (!isInt(input.valid_days) || input.valid_days < POINTS_LIMITS.VALID_DAYS_MIN || input.valid_days > POINTS_LIMITS.VALID_DAYS_MAX) {
    add("valid_days", `The coupon's validity must be ${POINTS_LIMITS.VALID_DAYS_MIN}–${POINTS_LIMITS.VALID_DAYS_MAX} days, got ${input.valid_days}`)
  }
  if (typeof input.currency_code !== "string" || input.currency_code.length !== 3) add("currency_code", "A 3-letter currency code is required")
  const starts = input.starts_at ? new Date(input.starts_at) : null
  const ends = input.ends_at ? new Date(input.ends_at) : null
  if (starts && Number.isNaN(starts.getTime())) add("starts_at", "Not a date")
  if (ends && Number.isNaN(ends.getTime())) add("ends_at", "Not a date")
  if (starts && ends && ends.getTime() <= starts.getTime()) add("ends_at", "The offer must end after it starts")
  return errors
}

/**
 * POINTS-5: the free coupon that beats an exchange offer, or null. An offer of A off at
 * threshold T must beat, for every free fixed-amount coupon of F off at threshold T_f ≤ T, the
 * ratio F / T_f: A / T > F / T_f (free 299-50 ⇒ at 299 the offer needs 299-55). Compared in
 * integers (A·T_f > F·T). A free coupon with no minimum spend is compared at the offer's own
 * threshold (so the offer must be worth more), and an offer with no threshold must simply be
 * worth more than every free coupon without one.
 */
export function deeperThanFreeRival(
  offer: { face_value: number; threshold: number; currency_code: string },
  freeCoupons: readonly FreeCouponForCompliance[]
): FreeCouponForCompliance | null {
  const T = offer.threshold
  for (const free of freeCoupons) {
    if (free.currency_code.toLowerCase() !== offer.currency_code.toLowerCase()) continue
    const Tf = free.threshold > 0 ? free.threshold : T
    if (Tf > T) continue
    const deeper = Tf === 0 ? offer.face_value > free.amount : offer.face_value * Tf > free.amount * T
    if (!deeper) return free
  }
  return null
}

/**
 * The refusal for an offer a free coupon beats, naming the rival (POINTS-5), with the amounts
 * in the offer's currency (a free coupon of another currency never beats it):
 * `… “Spring” gives ¥300 off over ¥2,000, while this offer gives ¥200 off over ¥2,000.`
 */
export function rivalMessage(offer: { face_value: number; threshold: number }, rival: FreeCouponForCompliance): string {
  const terms = (off: number, over: number) =>
    `${formatMoney(off, rival.currency_code)} off${over ? ` over ${formatMoney(over, rival.currency_code)}` : ""}`
  return (
    `An exchange coupon must be a deeper discount than the store's free coupons: "${rival.name}" ` +
    `gives ${terms(rival.amount, rival.threshold)}, while this offer gives ${terms(offer.face_value, offer.threshold)}.`
  )
}

/** POINTS-6: a deposit's problems. */
export function validateDeposit(input: { amount?: unknown; reason?: unknown }): PointsFieldError[] {
  const errors: PointsFieldError[] = []
  const amount = input.amount
  if (typeof amount !== "number" || !Number.isFinite(amount) || amount <= 0) {
    errors.push({ field: "amount", message: `A deposit must be a positive amount, got ${String(amount)}` })
  } else if (amount >= POINTS_LIMITS.DEPOSIT_MAX_EXCLUSIVE) {
    errors.push({ field: "amount", message: `One deposit must be below 1,000,000 (split larger ones), got ${amount}` })
  }
  if (typeof input.reason !== "string" || !input.reason.trim()) errors.push({ field: "reason", message: "A reason is required" })
  else if (input.reason.length > POINTS_LIMITS.REASON_MAX) errors.push({ field: "reason", message: `A reason is at most ${POINTS_LIMITS.REASON_MAX} characters` })
  return errors
}

/** "DEP-000042": a deposit's readable number. */
export function depositNumber(sequence: number): string {
  return `DEP-${String(sequence).padStart(6, "0")}`
}

/** The problems as one line each, "field: message". */
export function formatPointsErrors(errors: readonly PointsFieldError[]): string {
  return errors.map((e) => `${e.field}: ${e.message}`).join("\n")
}
