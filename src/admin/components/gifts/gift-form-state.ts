import { addDaysToWallClock, fromZonedInput, toZonedInput } from "../../lib/dates"
import { parseFieldErrors } from "../../lib/form-errors"
import { activityIssues } from "../../../modules/coupon-marketing/domain/gifts/activity"
import { GIFT_LIMITS, GIFT_PRIZE_TYPES, type AdminMembershipGift, type GiftPrize, type GiftPrizeType } from "../../../types/http/gifts"
import type { AdminCoupon } from "../../../types/http/coupons"
import type { SaveGiftBody } from "../../hooks/use-gifts"

/**
 * The sign-up gift form's state (GIFT-1 to GIFT-3): its values, the request body it builds, the
 * rules checked before sending (the activity's own rules are the domain's `activityIssues`), the
 * coupons a prize may use, and the server's refusals put back under the fields they name
 * (`name`, `starts_at`, `ends_at`, `prizes`, `prizes.<i>.<field>`).
 */

/** One prize of the package as the form holds it (amounts as typed). */
export interface PrizeRow {
  /** A stable React key: rows are added and removed. */
  key: string
  type: GiftPrizeType
  amount: string
  coupon_id: string | null
  currency_code: string
}

export interface GiftFormValues {
  name: string
  /** Wall-clock values on the store's clocks ("2026-12-03T10:00"). */
  starts_at: string
  ends_at: string
  draft: boolean
  prizes: PrizeRow[]
}

export type GiftFieldErrors = Record<string, string>

/** A rule's words as a sentence under its field: "at most 10 characters" → "At most 10 characters". */
export const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1)

export const PRIZE_TYPE_LABELS: Record<GiftPrizeType, string> = {
  points: "Points",
  coupon: "Coupon",
  free_shipping: "Free shipping",
  store_credit: "Store credit",
}

/** How long a new activity lasts by default (at least GIFT_LIMITS.MIN_DURATION_DAYS). */
export const DEFAULT_DURATION_DAYS = 7

let keys = 0
const newKey = () => `prize-${++keys}`

export function newPrize(type: GiftPrizeType, currency = ""): PrizeRow {
  return { key: newKey(), type, amount: "", coupon_id: null, currency_code: type === "store_credit" ? currency : "" }
}

/** The current minute on the store's clocks: a new activity starts now (a start in the past is allowed). */
export function startNow(timeZone: string, now = new Date()): string {
  return toZonedInput(new Date(Math.floor(now.getTime() / 60_000) * 60_000), timeZone)
}

/** A new activity: starting now, lasting a week, no prize yet; editing: the stored activity. */
export function initialGiftValues(timeZone: string, gift?: AdminMembershipGift, now = new Date()): GiftFormValues {
  if (!gift) {
    const starts = startNow(timeZone, now)
    return { name: "", starts_at: starts, ends_at: addDaysToWallClock(starts, DEFAULT_DURATION_DAYS), draft: false, prizes: [] }
  }
  return {
    name: gift.name,
    starts_at: toZonedInput(gift.starts_at, timeZone),
    ends_at: toZonedInput(gift.ends_at, timeZone),
    draft: gift.draft,
    prizes: gift.prizes.map((p) => ({
      key: newKey(),
      type: p.type,
      amount: p.type === "points" || p.type === "store_credit" ? String(p.amount) : "",
      coupon_id: p.type === "coupon" || p.type === "free_shipping" ? p.coupon_id : null,
      currency_code: p.type === "store_credit" ? p.currency_code : "",
    })),
  }
}

/** The prize types still addable: each type once, at most GIFT_LIMITS.PRIZES_MAX prizes. */
export function addableTypes(prizes: readonly PrizeRow[]): GiftPrizeType[] {
  if (prizes.length >= GIFT_LIMITS.PRIZES_MAX) return []
  return GIFT_PRIZE_TYPES.filter((t) => !prizes.some((p) => p.type === t))
}

/** "12" → 12; "" or "1e3x" → NaN (the rules name it). */
const toNumber = (value: string) => (value.trim() === "" ? NaN : Number(value.trim()))

/** A row as the API takes it (amounts as numbers; a missing coupon as ""). */
export function prizeOf(row: PrizeRow): GiftPrize {
  switch (row.type) {
    case "points":
      return { type: "points", amount: toNumber(row.amount) }
    case "store_credit":
      return { type: "store_credit", amount: toNumber(row.amount), currency_code: row.currency_code.toLowerCase() }
    default:
      return { type: row.type, coupon_id: row.coupon_id ?? "" }
  }
}

/** The activity's window as instants (null for a date not (fully) entered). */
export function windowOf(values: Pick<GiftFormValues, "starts_at" | "ends_at">, timeZone: string): { starts_at: Date | null; ends_at: Date | null } {
  const at = (wall: string) => {
    const iso = fromZonedInput(wall, timeZone)
    const d = iso ? new Date(iso) : null
    return d && !Number.isNaN(d.getTime()) ? d : null
  }
  return { starts_at: at(values.starts_at), ends_at: at(values.ends_at) }
}

/** The body of POST /membership-gifts (and /:id): the name trimmed, the window as ISO instants. */
export function toGiftBody(values: GiftFormValues, timeZone: string): SaveGiftBody {
  return {
    name: values.name.trim(),
    starts_at: fromZonedInput(values.starts_at, timeZone) ?? "",
    ends_at: fromZonedInput(values.ends_at, timeZone) ?? "",
    draft: values.draft,
    prizes: values.prizes.map(prizeOf),
  }
}

/**
 * What stops the form being sent, by field, in the API's words where the API has a rule: the
 * activity's (name of 1 to 10 characters, at least 3 days), then each prize's own fields. The
 * coupon rules (GIFT-3) are the picker's: it offers only compliant coupons.
 */
export function giftFormErrors(values: GiftFormValues, timeZone: string, storeCredit: boolean): GiftFieldErrors {
  const errors: GiftFieldErrors = {}
  const { starts_at, ends_at } = windowOf(values, timeZone)
  if (!starts_at) errors.starts_at = "Choose when the gift starts."
  if (!ends_at) errors.ends_at = "Choose when the gift ends."
  const issues = activityIssues({ name: values.name, starts_at: starts_at ?? new Date(0), ends_at: ends_at ?? new Date(0) })
  for (const issue of issues) {
    if (issue.field !== "name" && (!starts_at || !ends_at)) continue
    errors[issue.field] ??= sentence(issue.message.replace(/^[a-z_]+:\s*/, ""))
  }
  if (values.prizes.length < GIFT_LIMITS.PRIZES_MIN) errors.prizes = "Add at least one prize to the package."
  if (values.prizes.length > GIFT_LIMITS.PRIZES_MAX) errors.prizes = `A gift package holds at most ${GIFT_LIMITS.PRIZES_MAX} prizes.`
  values.prizes.forEach((row, i) => {
    const at = `prizes.${i}`
    const amount = toNumber(row.amount)
    if (row.type === "points") {
      if (!Number.isInteger(amount) || amount < 1 || amount > GIFT_LIMITS.POINTS_MAX) errors[`${at}.amount`] = "Enter a whole number of points, at least 1."
    } else if (row.type === "store_credit") {
      if (!storeCredit) errors[`${at}.type`] = "This store cannot give store credit: remove this prize."
      if (!(amount > 0) || amount > GIFT_LIMITS.STORE_CREDIT_MAX)
        errors[`${at}.amount`] = `Enter an amount more than 0 and at most ${GIFT_LIMITS.STORE_CREDIT_MAX.toLocaleString("en-US")}.`
      if (!/^[a-z]{3}$/i.test(row.currency_code)) errors[`${at}.currency_code`] = "Choose a currency."
    } else if (!row.coupon_id) {
      errors[`${at}.coupon_id`] = row.type === "free_shipping" ? "Choose the free-shipping coupon new members get." : "Choose the coupon new members get."
    }
  })
  return errors
}

/** The fields a gift form shows errors under, for `parseFieldErrors`. */
export function giftFields(prizeCount: number): string[] {
  const fields = ["name", "starts_at", "ends_at", "draft", "prizes"]
  for (let i = 0; i < Math.max(prizeCount, GIFT_LIMITS.PRIZES_MAX); i++) {
    for (const f of ["type", "amount", "coupon_id", "currency_code"]) fields.push(`prizes.${i}.${f}`)
  }
  return fields
}

/**
 * A refused save's message as errors under the fields it names: the domain's "prizes.0.coupon_id:
 * …; ends_at: …", the validators' "prizes.amount: …" (no index: under the package), Medusa's
 * "Invalid request: Value for field 'prizes, 0, amount' …". What names no field is kept apart.
 */
export function giftServerErrors(message: string, prizeCount: number): { fields: GiftFieldErrors; other: string[] } {
  const fields = giftFields(prizeCount)
  // "prizes.amount: …" (the validators name no index): the package's error.
  const indexed = message.replace(/^Invalid request:\s*/, "").replace(/(^|\n|;\s+)prizes\.(type|amount|coupon_id|currency_code):/g, "$1prizes:")
  const parsed = parseFieldErrors(indexed, fields)
  const byField: GiftFieldErrors = {}
  for (const [field, text] of Object.entries(parsed.fields as GiftFieldErrors)) byField[field] = sentence(text)
  return { fields: byField, other: parsed.other }
}

/** A form field's DOM id: "prizes.0.amount" → "prizes_0_amount" (a dot would be a class in a selector). */
export const domId = (field: string) => field.replace(/\./g, "_")

/** Errors (or touched flags) of the rows after a removed one:  "prizes.2.x" becomes "prizes.1.x". */
export function shiftPrizeErrors<T>(errors: Record<string, T>, removed: number): Record<string, T> {
  const out: Record<string, T> = {}
  for (const [field, message] of Object.entries(errors)) {
    const m = /^prizes\.(\d+)\.(.+)$/.exec(field)
    if (!m) out[field] = message
    else if (Number(m[1]) < removed) out[field] = message
    else if (Number(m[1]) > removed) out[`prizes.${Number(m[1]) - 1}.${m[2]}`] = message
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// GIFT-3: the coupons a prize may use.

export type GiftCouponCandidate = Pick<
  AdminCoupon,
  "id" | "name" | "status" | "code_mode" | "validity_type" | "valid_days" | "benefit_type" | "starts_at" | "ends_at"
>

/**
 * Why a coupon cannot be the coupon of a `type` prize of an activity running `window` (null: it
 * can) — the server's rules (domain/gifts/package.ts) and the status: an ended coupon gives no code.
 */
export function giftCouponProblem(
  coupon: GiftCouponCandidate,
  type: "coupon" | "free_shipping",
  window: { starts_at: Date | null; ends_at: Date | null }
): string | null {
  if (coupon.status !== "scheduled" && coupon.status !== "active") return "it has ended"
  if (type === "free_shipping" && coupon.benefit_type !== "free_shipping") return "it does not give free shipping"
  if (type === "coupon" && coupon.benefit_type === "free_shipping") return "it gives free shipping (choose it as the free-shipping prize)"
  if (coupon.code_mode !== "individual") return "it uses one shared code"
  if (coupon.validity_type !== "relative" || !coupon.valid_days) return "it is valid between fixed dates, not a number of days after it is given"
  const starts = coupon.starts_at ? Date.parse(coupon.starts_at) : null
  const ends = coupon.ends_at ? Date.parse(coupon.ends_at) : null
  if ((starts !== null && (!window.starts_at || starts > window.starts_at.getTime())) || (ends !== null && (!window.ends_at || ends < window.ends_at.getTime())))
    return "its own window does not cover the whole activity"
  return null
}

/** The compliant coupons, and how many were left out. */
export function compliantCoupons<C extends GiftCouponCandidate>(
  coupons: readonly C[],
  type: "coupon" | "free_shipping",
  window: { starts_at: Date | null; ends_at: Date | null }
): { eligible: C[]; leftOut: number } {
  const seen = new Set<string>()
  const eligible: C[] = []
  let leftOut = 0
  for (const c of coupons) {
    if (seen.has(c.id)) continue
    seen.add(c.id)
    if (giftCouponProblem(c, type, window)) leftOut += 1
    else eligible.push(c)
  }
  return { eligible, leftOut }
}

/** What makes a coupon eligible, said in the picker's empty state. */
export function eligibilityText(type: "coupon" | "free_shipping"): string {
  return [
    type === "free_shipping" ? "A free-shipping prize needs a free-shipping coupon" : "A coupon prize needs a coupon that does not give free shipping",
    "with individual codes (one per new member), valid a number of days after it is given (not between fixed dates), scheduled or active, and claimable for the whole activity.",
  ].join(" ")
}
