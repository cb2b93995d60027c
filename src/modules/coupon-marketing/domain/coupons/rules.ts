/**
 * The rules a coupon's settings must satisfy (SPEC COUPON-4 … COUPON-14, COUPON-17). Pure and
 * synchronous, so the admin form runs the very same checks inline before the API does.
 * Every problem is reported (not just the first), each naming its snake_case field.
 */
import {
  BENEFIT_TYPES,
  CODE_MODES,
  CONDITION_TYPES,
  COUPON_AUDIENCES,
  COUPON_LIMITS,
  VALIDITY_TYPES,
  CodeMode,
  CouponAudience,
  CouponFieldError,
  CouponInput,
  CouponStatus,
  ValidityType,
} from "../../../../types/coupons"
import { normalizeFixedCode } from "./codes"
import { currencyDecimals, isValidAmount } from "./money"
import { DateLike, addMonths } from "./validity"

/** What the rules need to know besides the input. */
export interface CouponValidationContext {
  now: Date
  mode: "create" | "update"
  /**
   * update: the coupon as stored. Without it, an update is checked like a scheduled coupon
   * whose start changed (the strictest reading). The optional identity fields, when given,
   * are refused if changed (COUPON-17 lets only name, benefit, conditions, categories, limits
   * and the window be edited).
   */
  original?: {
    starts_at?: DateLike
    status: CouponStatus
    audience?: CouponAudience
    code_mode?: CodeMode
    code?: string | null
    validity_type?: ValidityType
    currency_code?: string
  }
  /** COUPON-8: the store lets one order ship to several addresses (no free-shipping coupons). */
  multiShipping?: boolean
}

/** Largest total use count accepted (a Postgres integer). */
export const TOTAL_LIMIT_MAX = 2_147_483_647

const CODE_CHARSET_TEXT = `A–Z, 0–9, "-" and "_"`
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/

/** A value as shown in a message: strings quoted, dates in ISO, the rest as is. */
function show(value: unknown): string {
  if (typeof value === "string") {
    return JSON.stringify(value)
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString()
  }
  if (value === undefined) {
    return "nothing"
  }
  if (Array.isArray(value)) {
    return `a list of ${value.length}`
  }
  if (value !== null && typeof value === "object") {
    return "an object"
  }
  return String(value)
}

/** A limit as shown in a message: 99,999,999. */
function grouped(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 20 })
}

/** Empty: null, undefined, or a blank string. */
function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "")
}

function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value)
}

function codePointLength(s: string): number {
  return [...s].length
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * A date-time given as a Date or as an ISO 8601 string WITH its offset ("…Z" or "…+09:00";
 * without one, browsers and servers would read it in different zones). Impossible calendar
 * dates (Feb 30) are refused rather than rolled over.
 */
export function parseCouponDateTime(value: unknown): Date | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : new Date(value.getTime())
  }
  if (typeof value !== "string") {
    return null
  }
  const m = ISO_DATE_TIME.exec(value.trim())
  if (!m) {
    return null
  }
  const [, y, mo, d, h, mi, s, , oh, om] = m
  const year = Number(y)
  const month = Number(mo)
  if (
    month < 1 || month > 12 ||
    Number(d) < 1 || Number(d) > daysInMonth(year, month) ||
    Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59 ||
    (oh !== undefined && (Number(oh) > 23 || Number(om) > 59))
  ) {
    return null
  }
  const date = new Date(value.trim())
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * COUPON-4 … COUPON-13, COUPON-17: every problem of `input`, in field order; [] when valid.
 * Messages name the value and the limit; they do not repeat the field (see
 * `formatCouponErrors` for one line per problem).
 */
export function validateCouponInput(input: CouponInput, ctx: CouponValidationContext): CouponFieldError[] {
  if (ctx.mode === "update" && ctx.original?.status === "ended") {
    return [{ field: "status", message: "An ended coupon cannot be edited" }]
  }

  const errors: CouponFieldError[] = []
  const add = (field: string, message: string) => errors.push({ field, message })

  validateIdentityUnchanged(input, ctx, add)
  validateName(input, add)
  const { audienceOk, codeModeOk } = validateAudienceAndCode(input, add)
  validateValidity(input, ctx, codeModeOk, add)
  validateBenefit(input, ctx, add)
  validateCondition(input, add)
  validateCategories(input, add)
  if (audienceOk && codeModeOk) {
    validateLimits(input, add)
  }
  validateTotalLimit(input, add)
  return errors
}

type Add = (field: string, message: string) => void

function validateIdentityUnchanged(input: CouponInput, ctx: CouponValidationContext, add: Add) {
  const original = ctx.original
  if (ctx.mode !== "update" || !original) {
    return
  }
  const same = (a: unknown, b: unknown) =>
    typeof a === "string" && typeof b === "string" ? a.trim().toUpperCase() === b.trim().toUpperCase() : a === b
  const fields = ["audience", "code_mode", "validity_type", "currency_code"] as const
  for (const field of fields) {
    const was = original[field]
    if (was !== undefined && !same(input[field], was)) {
      add(field, `${field} cannot be changed after creation (was ${show(was)}, got ${show(input[field])})`)
    }
  }
  if (original.code !== undefined) {
    const comparable = (code: unknown) => 
      isBlank(code) ? null : typeof code === "string" ? normalizeFixedCode(code) ?? code : code
    if (comparable(original.code) !== comparable(input.code)) {
      add("code", `The code cannot be changed after creation (was ${show(original.code)}, got ${show(input.code)})`)
    }
  }
}

function validateName(input: CouponInput, add: Add) {
  if (typeof input.name !== "string" || input.name.trim() === "") {
    add("name", `Name is required (1–${COUPON_LIMITS.NAME_MAX} characters), got ${show(input.name)}`)
    return
  }
  const length = codePointLength(input.name.trim())
  if (length > COUPON_LIMITS.NAME_MAX) {
    add("name", `Name must be at most ${COUPON_LIMITS.NAME_MAX} characters, got ${length}`)
  }
}

const FIXED_AUDIENCES: readonly CouponAudience[] = ["anyone", "members_only"]
const INDIVIDUAL_AUDIENCES: readonly CouponAudience[] = ["all_customers", "segment", "members_only"]

function validateAudienceAndCode(input: CouponInput, add: Add): { audienceOk: boolean; codeModeOk: boolean } {
  const audienceOk = (COUPON_AUDIENCES as readonly unknown[]).includes(input.audience)
  const codeModeOk = (CODE_MODES as readonly unknown[]).includes(input.code_mode)
  if (!audienceOk) {
    add("audience", `Audience must be one of ${COUPON_AUDIENCES.join(", ")}, got ${show(input.audience)}`)
  }
  if (!codeModeOk) {
    add("code_mode", `Code mode must be one of ${CODE_MODES.join(", ")}, got ${show(input.code_mode)}`)
  }

  // COUPON-5: which audiences each code mode serves.
  if (audienceOk && codeModeOk) {
    if (input.code_mode === "fixed" && !FIXED_AUDIENCES.includes(input.audience)) {
      add("code_mode", `A fixed code is only possible for the audiences anyone and members_only, got ${input.audience}`)
    }
    if (input.code_mode === "individual" && !INDIVIDUAL_AUDIENCES.includes(input.audience)) {
      add(
        "code_mode",
        `Individual codes are only possible for the audiences all_customers, segment and members_only, got ${input.audience}`
      )
    }
  }

  // COUPON-5: the fixed code itself.
  if (input.code_mode === "fixed") {
    if (isBlank(input.code)) {
      add(
        "code",
        `A fixed code is required (${COUPON_LIMITS.FIXED_CODE_MIN}–${COUPON_LIMITS.FIXED_CODE_MAX} characters of ${CODE_CHARSET_TEXT})`
      )
    } else if (normalizeFixedCode(input.code) === null) {
      const length = typeof input.code === "string" ? codePointLength(input.code.trim()) : null
      const lengthNote =
        length !== null && (length < COUPON_LIMITS.FIXED_CODE_MIN || length > COUPON_LIMITS.FIXED_CODE_MAX)
          ? ` (${length} characters)`
          : ""
      add(
        "code",
        `Code must be ${COUPON_LIMITS.FIXED_CODE_MIN}–${COUPON_LIMITS.FIXED_CODE_MAX} characters of ${CODE_CHARSET_TEXT}, got ${show(input.code)}${lengthNote}`
      )
    }
  } else if (input.code_mode === "individual" && !isBlank(input.code)) {
    add("code", `Individual codes are generated per customer, so code must be empty, got ${show(input.code)}`)
  }

  // COUPON-4: a segment is a Medusa customer group.
  if (input.audience === "segment") {
    if (isBlank(input.customer_group_id)) {
      add("customer_group_id", "A segment coupon needs a customer group (customer_group_id)")
    } else if (typeof input.customer_group_id !== "string") {
      add("customer_group_id", `customer_group_id must be a string, got ${show(input.customer_group_id)}`)
    }
  } else if (audienceOk && !isBlank(input.customer_group_id)) {
    add(
      "customer_group_id",
      `Only segment coupons have a customer group, got ${show(input.customer_group_id)} for audience ${input.audience}`
    )
  }

  return { audienceOk, codeModeOk }
}

function validateValidity(input: CouponInput, ctx: CouponValidationContext, codeModeOk: boolean, add: Add) {
  if (!(VALIDITY_TYPES as readonly unknown[]).includes(input.validity_type)) {
    add("validity_type", `Validity type must be one of ${VALIDITY_TYPES.join(", ")}, got ${show(input.validity_type)}`)
    return
  }

  if (input.validity_type === "relative") {
    if (codeModeOk && input.code_mode === "fixed") {
      add("validity_type", "Relative validity (N days from the send) is not allowed with fixed codes")
    }
    const days = input.valid_days
    if (
      !isNumber(days) ||
      !Number.isInteger(days) ||
      days < COUPON_LIMITS.RELATIVE_DAYS_MIN ||
      days > COUPON_LIMITS.RELATIVE_DAYS_MAX
    ) {
      add(
        "valid_days",
        `Valid days must be an integer between ${COUPON_LIMITS.RELATIVE_DAYS_MIN} and ${COUPON_LIMITS.RELATIVE_DAYS_MAX}, got ${show(days)}`
      )
    }
    for (const field of ["starts_at", "ends_at"] as const) {
      if (!isBlank(input[field])) {
        add(field, `A relative-validity coupon has no fixed window, so ${field} must be empty, got ${show(input[field])}`)
      }
    }
    return
  }

  // A fixed window.
  if (!isBlank(input.valid_days)) {
    add("valid_days", `valid_days is only for relative validity, got ${show(input.valid_days)}`)
  }
  const starts = checkDateTime("starts_at", "start", input.starts_at, add)
  const ends = checkDateTime("ends_at", "end", input.ends_at, add)

  if (starts) {
    validateWindowStart(starts, ctx, add)
  }
  if (starts && ends) {
    const minEnd = new Date(starts.getTime() + COUPON_LIMITS.MIN_DURATION_MS)
    const maxEnd = addMonths(starts, COUPON_LIMITS.MAX_DURATION_MONTHS)
    if (ends.getTime() < minEnd.getTime()) {
      add("ends_at", `End must be at least 1 hour after the start (${minEnd.toISOString()} or later), got ${ends.toISOString()}`)
    } else if (ends.getTime() > maxEnd.getTime()) {
      add(
        "ends_at",
        `End must be at most ${COUPON_LIMITS.MAX_DURATION_MONTHS} months after the start (${maxEnd.toISOString()} or earlier), got ${ends.toISOString()}`
      )
    }
  }
}

function checkDateTime(field: string, label: string, value: DateLike, add: Add): Date | null {
  if (isBlank(value)) {
    add(field, `A window coupon needs ${label === "start" ? "a start" : "an end"} (${field})`)
    return null
  }
  const date = parseCouponDateTime(value)
  if (!date) {
    add(field, `The ${label} must be an ISO 8601 date-time with a time zone offset, got ${show(value)}`)
  }
  return date
}

/**
 * COUPON-7 (create): now + 1 h ≤ start ≤ now + 1 month.
 * COUPON-17 (update): the start may only move to ≥ the original start. When it moves, the
 * "≥ now + 1 h" rule applies if the coupon is still scheduled, and "≤ now + 1 month" applies
 * in any case (an edit must not schedule further ahead than a creation could). An unchanged
 * start is not re-checked (an active coupon's start is in the past, by definition).
 */
function validateWindowStart(starts: Date, ctx: CouponValidationContext, add: Add) {
  const now = ctx.now.getTime()
  const minStart = new Date(now + COUPON_LIMITS.START_MIN_LEAD_MS)
  const maxStart = addMonths(ctx.now, COUPON_LIMITS.START_MAX_LEAD_MONTHS)

  let checkMin = true
  if (ctx.mode === "update") {
    const original = ctx.original ? parseCouponDateTime(ctx.original.starts_at) : null
    if (original && original.getTime() === starts.getTime()) {
      return
    }
    if (original && starts.getTime() < original.getTime()) {
      add(
        "starts_at",
        `The start can only move later than the original start (${original.toISOString()} or later), got ${starts.toISOString()}`
      )
      return
    }
    checkMin = (ctx.original?.status ?? "scheduled") === "scheduled"
  }

  if (checkMin && starts.getTime() < minStart.getTime()) {
    add("starts_at", `The start must be at least 1 hour from now (${minStart.toISOString()} or later), got ${starts.toISOString()}`)
  } else if (starts.getTime() > maxStart.getTime()) {
    add("starts_at", `The start must be at most 1 month from now (${maxStart.toISOString()} or earlier), got ${starts.toISOString()}`)
  }
}

/** Problem with an amount in the currency's main unit, or null. */
function amountProblem(
  label: string,
  value: unknown,
  currency: string,
  min: { value: number; inclusive: boolean }
): string | null {
  const range = min.inclusive
    ? `between ${grouped(min.value)} and ${grouped(COUPON_LIMITS.AMOUNT_MAX)}`
    : `greater than ${grouped(min.value)} and at most ${grouped(COUPON_LIMITS.AMOUNT_MAX)}`
  if (!isNumber(value)) {
    return `${label} must be a number ${range}, got ${show(value)}`
  }
  const belowMin = min.inclusive ? value < min.value : value <= min.value
  if (belowMin || value > COUPON_LIMITS.AMOUNT_MAX) {
    return `${label} must be ${range}, got ${value}`
  }
  if (isCurrencyCode(currency) && !isValidAmount(value, currency)) {
    const decimals = currencyDecimals(currency)
    return `${label} must have at most ${decimals} decimal${decimals === 1 ? "" : "s"} in ${currency.toUpperCase()}, got ${value}`
  }
  return null
}

function isCurrencyCode(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z]{3}$/.test(value)
}

function validateBenefit(input: CouponInput, ctx: CouponValidationContext, add: Add) {
  if (!isCurrencyCode(input.currency_code)) {
    add("currency_code", `Currency must be a 3-letter ISO 4217 code, got ${show(input.currency_code)}`)
  }
  if (!(BENEFIT_TYPES as readonly unknown[]).includes(input.benefit_type)) {
    add("benefit_type", `Benefit type must be one of ${BENEFIT_TYPES.join(", ")}, got ${show(input.benefit_type)}`)
    return
  }
  const value = input.benefit_value
  switch (input.benefit_type) {
    case "fixed_amount":
    case "per_item_amount": {
      const label = input.benefit_type === "fixed_amount" ? "The amount off" : "The amount off per item"
      const problem = amountProblem(label, value, input.currency_code, { value: COUPON_LIMITS.AMOUNT_MIN, inclusive: true })
      if (problem) {
        add("benefit_value", problem)
      }
      break
    }
    case "percent":
      if (
        !isNumber(value) ||
        !Number.isInteger(value) ||
        value < COUPON_LIMITS.PERCENT_MIN ||
        value > COUPON_LIMITS.PERCENT_MAX
      ) {
        add(
          "benefit_value",
          `The percent off must be an integer between ${COUPON_LIMITS.PERCENT_MIN} and ${COUPON_LIMITS.PERCENT_MAX}, got ${show(value)}`
        )
      }
      break
    case "free_shipping":
    case "gift_product":
      if (!isBlank(value)) {
        add("benefit_value", `A ${input.benefit_type} benefit has no value, got ${show(value)}`)
      }
      break
  }

  if (input.benefit_type === "gift_product") {
    if (isBlank(input.gift_variant_id)) {
      add("gift_variant_id", "A gift_product benefit needs the gift's product variant (gift_variant_id)")
    }
  } else if (!isBlank(input.gift_variant_id)) {
    add("gift_variant_id", `Only gift_product coupons have a gift variant, got ${show(input.gift_variant_id)}`)
  }

  if (input.benefit_type === "free_shipping" && ctx.multiShipping) {
    add("benefit_type", "Free shipping coupons are not allowed while the store lets one order ship to several addresses")
  }

  // COUPON-11
  if (input.benefit_type === "per_item_amount" && input.condition_type !== "min_unit_price") {
    add(
      "condition_type",
      `An amount off per item (per_item_amount) requires the unit-price condition (min_unit_price), got ${show(input.condition_type)}`
    )
  }
}

function validateCondition(input: CouponInput, add: Add) {
  if (!(CONDITION_TYPES as readonly unknown[]).includes(input.condition_type)) {
    add("condition_type", `Condition type must be one of ${CONDITION_TYPES.join(", ")}, got ${show(input.condition_type)}`)
    return
  }
  if (input.condition_type === "none") {
    if (!isBlank(input.condition_value)) {
      add("condition_value", `Condition none has no amount, got ${show(input.condition_value)}`)
    }
    return
  }
  const label = input.condition_type === "min_unit_price" ? "The minimum unit price" : "The condition amount"
  const problem = amountProblem(label, input.condition_value, input.currency_code, { value: 0, inclusive: false })
  if (problem) {
    add("condition_value", problem)
  }
}

function validateCategories(input: CouponInput, add: Add) {
  const ids: unknown = input.category_ids
  if (ids === undefined || ids === null) {
    return
  }
  if (!Array.isArray(ids)) {
    add("category_ids", `category_ids must be a list of product category ids, got ${show(ids)}`)
    return
  }
  if (ids.length > COUPON_LIMITS.CATEGORIES_MAX) {
    add("category_ids", `At most ${COUPON_LIMITS.CATEGORIES_MAX} categories, got ${ids.length}`)
  }
  const seen = new Set<string>()
  ids.forEach((id: unknown, index: number) => {
    if (typeof id !== "string" || id.trim() === "") {
      add("category_ids", `Category ids must be non-empty strings, got ${show(id)} at position ${index + 1}`)
    } else if (seen.has(id)) {
      add("category_ids", `Categories must be unique, ${show(id)} appears more than once`)
    } else {
      seen.add(id)
    }
  })
}

/** COUPON-13. Only called when audience and code mode are valid. */
function validateLimits(input: CouponInput, add: Add) {
  const limit = input.per_customer_limit
  const { PER_CUSTOMER_MIN: min, PER_CUSTOMER_MAX: max } = COUPON_LIMITS
  if (input.code_mode === "individual") {
    if (!isBlank(limit) && limit !== 1) {
      add("per_customer_limit", `Individual codes can be used once per customer, so per_customer_limit must be 1 or empty, got ${show(limit)}`)
    }
    return
  }
  if (input.audience === "anyone") {
    if (!isBlank(limit)) {
      add("per_customer_limit", `A fixed code for anyone cannot have a per-customer limit, so per_customer_limit must be empty, got ${show(limit)}`)
    }
    return
  }
  if (input.audience === "members_only") {
    if (isBlank(limit)) {
      add("per_customer_limit", `A members-only fixed code needs a per-customer limit between ${min} and ${max}`)
    } else if (!isNumber(limit) || !Number.isInteger(limit) || limit < min || limit > max) {
      add("per_customer_limit", `The per-customer limit must be an integer between ${min} and ${max}, got ${show(limit)}`)
    }
  }
}

function validateTotalLimit(input: CouponInput, add: Add) {
  const total = input.total_limit
  if (isBlank(total)) {
    return
  }
  if (!isNumber(total) || !Number.isInteger(total) || total < 1 || total > TOTAL_LIMIT_MAX) {
    add("total_limit", `The total limit must be an integer between 1 and ${grouped(TOTAL_LIMIT_MAX)}, got ${show(total)}`)
  }
}

/**
 * COUPON-14: null while another coupon may be scheduled, else the refusal.
 * `liveCount` is the number of coupons scheduled or active now (before the new one).
 */
export function assertLiveCouponCapacity(liveCount: number): string | null {
  const max = COUPON_LIMITS.LIVE_COUPONS_MAX
  return liveCount >= max ? `At most ${max} coupons can be scheduled or active at once (${liveCount} already are)` : null
}

/** The problems as one line each, "field: message", for an API error message. */
export function formatCouponErrors(errors: readonly CouponFieldError[]): string {
  return errors.map((e) => `${e.field}: ${e.message}`).join("\n")
}
