/**
 * The rules a coupon's settings must satisfy (SPEC COUPON-4 … COUPON-14, COUPON-17). Pure and
 * synchronous, so the admin form runs the very same checks inline before the API does.
 * Every problem is reported (not just the first), each naming its snake_case field (the admin
 * shows it under that field); the message itself is in a merchant's words: dates in the store's
 * time zone, no internal names or raw values.
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
import { currencyDecimals, formatMoney, isValidAmount } from "./money"
import { DateLike, addMonths, formatLeadMinutes, formatStoreDateTime, formatStoreTime, isSameZonedDay } from "./validity"

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
  /** The store's time zone (option `timezone`), in which messages show dates. @default "UTC" */
  timeZone?: string
  /**
   * COUPON-7: a new coupon starts at the earliest this many minutes from now (option
   * `coupons.min_start_lead_minutes`; 0 lets it start at once). @default 60
   */
  minStartLeadMinutes?: number
}

/** The default of `coupons.min_start_lead_minutes`: the seed system's 1 hour. */
export const DEFAULT_MIN_START_LEAD_MINUTES = COUPON_LIMITS.START_MIN_LEAD_MS / 60_000

/** Largest total use count accepted (a Postgres integer). */
export const TOTAL_LIMIT_MAX = 2_147_483_647

const CODE_CHARSET_TEXT = `A–Z, 0–9, "-" and "_"`
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/

/** How merchants call the choices (the admin form's own labels). */
const AUDIENCE_LABELS: Record<CouponAudience, string> = {
  anyone: "anyone",
  all_customers: "all customers",
  segment: "a customer group",
  members_only: "members only",
}
const CODE_MODE_LABELS: Record<CodeMode, string> = {
  fixed: "one code for everyone",
  individual: "a code per customer",
}
const VALIDITY_LABELS: Record<ValidityType, string> = {
  window: "start and end dates",
  relative: "a number of days from the send",
}
const FIELD_LABELS = {
  audience: "Who can use the coupon",
  code_mode: "The kind of code",
  validity_type: "The kind of validity",
  currency_code: "The currency",
} as const

/** A stored choice as a merchant reads it. */
function label(field: keyof typeof FIELD_LABELS, value: unknown): string {
  if (typeof value !== "string") {
    return "not set"
  }
  switch (field) {
    case "audience":
      return AUDIENCE_LABELS[value as CouponAudience] ?? value
    case "code_mode":
      return CODE_MODE_LABELS[value as CodeMode] ?? value
    case "validity_type":
      return VALIDITY_LABELS[value as ValidityType] ?? value
    case "currency_code":
      return value.toUpperCase()
  }
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
 * Messages say what to do in a merchant's words; they do not repeat the field (see
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
      add(field, `${FIELD_LABELS[field]} cannot be changed once the coupon is created (it is ${label(field, was)})`)
    }
  }
  if (original.code !== undefined) {
    const comparable = (code: unknown) =>
      isBlank(code) ? null : typeof code === "string" ? normalizeFixedCode(code) ?? code : code
    if (comparable(original.code) !== comparable(input.code)) {
      const was = isBlank(original.code) ? "" : ` (it is ${String(comparable(original.code))})`
      add("code", `The code cannot be changed once the coupon is created${was}`)
    }
  }
}

function validateName(input: CouponInput, add: Add) {
  if (typeof input.name !== "string" || input.name.trim() === "") {
    add("name", `Name is required (1–${COUPON_LIMITS.NAME_MAX} characters)`)
    return
  }
  const length = codePointLength(input.name.trim())
  if (length > COUPON_LIMITS.NAME_MAX) {
    add("name", `The name can be at most ${COUPON_LIMITS.NAME_MAX} characters (it has ${grouped(length)})`)
  }
}

const FIXED_AUDIENCES: readonly CouponAudience[] = ["anyone", "members_only"]
const INDIVIDUAL_AUDIENCES: readonly CouponAudience[] = ["all_customers", "segment", "members_only"]

function validateAudienceAndCode(input: CouponInput, add: Add): { audienceOk: boolean; codeModeOk: boolean } {
  const audienceOk = (COUPON_AUDIENCES as readonly unknown[]).includes(input.audience)
  const codeModeOk = (CODE_MODES as readonly unknown[]).includes(input.code_mode)
  if (!audienceOk) {
    add("audience", "Choose who can use the coupon: anyone, all customers, a customer group or members only")
  }
  if (!codeModeOk) {
    add("code_mode", "Choose one code for everyone or a code per customer")
  }

  // COUPON-5: which audiences each code mode serves.
  if (audienceOk && codeModeOk) {
    if (input.code_mode === "fixed" && !FIXED_AUDIENCES.includes(input.audience)) {
      add(
        "code_mode",
        `One code for everyone is only possible for a coupon for anyone or for members only (this one is for ${AUDIENCE_LABELS[input.audience]})`
      )
    }
    if (input.code_mode === "individual" && !INDIVIDUAL_AUDIENCES.includes(input.audience)) {
      add(
        "code_mode",
        `A code per customer is only possible for a coupon for all customers, a customer group or members only (this one is for ${AUDIENCE_LABELS[input.audience]})`
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
          ? ` (it has ${grouped(length)})`
          : " (it has other characters)"
      add(
        "code",
        `The code must be ${COUPON_LIMITS.FIXED_CODE_MIN}–${COUPON_LIMITS.FIXED_CODE_MAX} characters of ${CODE_CHARSET_TEXT}${lengthNote}`
      )
    }
  } else if (input.code_mode === "individual" && !isBlank(input.code)) {
    add("code", "A code per customer is generated for each customer: leave the code empty")
  }

  // COUPON-4: a segment is a Medusa customer group.
  if (input.audience === "segment") {
    if (isBlank(input.customer_group_id) || typeof input.customer_group_id !== "string") {
      add("customer_group_id", "Choose the customer group")
    }
  } else if (audienceOk && !isBlank(input.customer_group_id)) {
    add(
      "customer_group_id",
      `Only a coupon for a customer group has a customer group (this one is for ${AUDIENCE_LABELS[input.audience]}): remove the group`
    )
  }

  return { audienceOk, codeModeOk }
}

function validateValidity(input: CouponInput, ctx: CouponValidationContext, codeModeOk: boolean, add: Add) {
  if (!(VALIDITY_TYPES as readonly unknown[]).includes(input.validity_type)) {
    add("validity_type", "Choose start and end dates, or a number of days from the send")
    return
  }

  if (input.validity_type === "relative") {
    if (codeModeOk && input.code_mode === "fixed") {
      add("validity_type", "One code for everyone needs start and end dates (a number of days from the send is for codes per customer)")
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
        `Enter a whole number of days from ${COUPON_LIMITS.RELATIVE_DAYS_MIN} to ${COUPON_LIMITS.RELATIVE_DAYS_MAX}`
      )
    }
    for (const field of ["starts_at", "ends_at"] as const) {
      if (!isBlank(input[field])) {
        const which = field === "starts_at" ? "start" : "end"
        add(field, `A coupon valid for a number of days from the send has no ${which} date: leave it empty`)
      }
    }
    return
  }

  // A fixed window.
  if (!isBlank(input.valid_days)) {
    add("valid_days", "Days of validity are only for coupons valid for a number of days from the send: leave it empty")
  }
  const starts = checkDateTime("starts_at", "start", input.starts_at, add)
  const ends = checkDateTime("ends_at", "end", input.ends_at, add)

  if (starts) {
    validateWindowStart(starts, ctx, add)
  }
  if (starts && ends) {
    const tz = ctx.timeZone ?? "UTC"
    const minEnd = new Date(starts.getTime() + COUPON_LIMITS.MIN_DURATION_MS)
    const maxEnd = addMonths(starts, COUPON_LIMITS.MAX_DURATION_MONTHS)
    if (ends.getTime() < minEnd.getTime()) {
      add("ends_at", `The coupon must end at least 1 hour after it starts: ${formatStoreDateTime(minEnd, tz, "up")} or later`)
    } else if (ends.getTime() > maxEnd.getTime()) {
      add(
        "ends_at",
        `The coupon can end at most ${COUPON_LIMITS.MAX_DURATION_MONTHS} months after it starts: ${formatStoreDateTime(maxEnd, tz, "down")} or earlier`
      )
    }
  }
}

function checkDateTime(field: string, label: string, value: DateLike, add: Add): Date | null {
  if (isBlank(value)) {
    add(field, `Choose when the coupon ${label === "start" ? "starts" : "ends"}`)
    return null
  }
  const date = parseCouponDateTime(value)
  if (!date) {
    add(field, `Enter a valid date and time for the ${label} (with its time zone)`)
  }
  return date
}

/**
 * COUPON-7 (create): now + lead ≤ start ≤ now + 1 month; the lead is the option
 * `coupons.min_start_lead_minutes` (default 1 hour, 0 allowed).
 * COUPON-17 (update): the start may only move to ≥ the original start. When it moves, the
 * "≥ now + lead" rule applies if the coupon is still scheduled, and "≤ now + 1 month" applies
 * in any case (an edit must not schedule further ahead than a creation could). An unchanged
 * start is not re-checked (an active coupon's start is in the past, by definition).
 */
function validateWindowStart(starts: Date, ctx: CouponValidationContext, add: Add) {
  const tz = ctx.timeZone ?? "UTC"
  const leadMinutes = ctx.minStartLeadMinutes ?? DEFAULT_MIN_START_LEAD_MINUTES
  const now = ctx.now.getTime()
  const minStart = new Date(now + leadMinutes * 60_000)
  const maxStart = addMonths(ctx.now, COUPON_LIMITS.START_MAX_LEAD_MONTHS)

  let checkMin = true
  if (ctx.mode === "update") {
    const original = ctx.original ? parseCouponDateTime(ctx.original.starts_at) : null
    if (original && original.getTime() === starts.getTime()) {
      return
    }
    if (original && starts.getTime() < original.getTime()) {
      add("starts_at", `The start can only move later: ${formatStoreDateTime(original, tz, "up")} or later`)
      return
    }
    checkMin = (ctx.original?.status ?? "scheduled") === "scheduled"
  }

  if (checkMin && starts.getTime() < minStart.getTime()) {
    add("starts_at", earliestStartMessage(ctx.now, minStart, leadMinutes, tz))
  } else if (starts.getTime() > maxStart.getTime()) {
    add(
      "starts_at",
      `The coupon can start at most ${COUPON_LIMITS.START_MAX_LEAD_MONTHS} month from now: ${formatStoreDateTime(maxStart, tz, "down")} or earlier`
    )
  }
}

/** "The coupon must start at 16:42 (Asia/Tokyo) or later — 1 hour from now" (the date too when not today). */
function earliestStartMessage(now: Date, minStart: Date, leadMinutes: number, tz: string): string {
  const when = isSameZonedDay(now, minStart, tz) ? formatStoreTime(minStart, tz, "up") : formatStoreDateTime(minStart, tz, "up")
  if (leadMinutes <= 0) {
    return `The coupon cannot start in the past: choose ${when} or later`
  }
  return `The coupon must start at ${when} or later — ${formatLeadMinutes(leadMinutes)} from now`
}

/** What to enter for an amount in the currency's main unit, or null when it is fine. */
function amountProblem(
  label: string,
  value: unknown,
  currency: string,
  min: { value: number; inclusive: boolean }
): string | null {
  const code = isCurrencyCode(currency) ? currency : null
  const show = (n: number) => (code ? formatMoney(n, code) : grouped(n))
  const range = min.inclusive
    ? `from ${show(min.value)} to ${show(COUPON_LIMITS.AMOUNT_MAX)}`
    : `above ${show(min.value)}, up to ${show(COUPON_LIMITS.AMOUNT_MAX)}`
  if (!isNumber(value)) {
    return `${label} must be a number ${range}`
  }
  const belowMin = min.inclusive ? value < min.value : value <= min.value
  if (belowMin) {
    return min.inclusive ? `Enter an amount of at least ${show(min.value)}` : `Enter an amount above ${show(min.value)}`
  }
  if (value > COUPON_LIMITS.AMOUNT_MAX) {
    return `Enter an amount of at most ${show(COUPON_LIMITS.AMOUNT_MAX)}`
  }
  if (code && !isValidAmount(value, code)) {
    const decimals = currencyDecimals(code)
    return decimals === 0
      ? `${code.toUpperCase()} amounts have no decimals: enter a whole amount`
      : `${code.toUpperCase()} amounts have at most ${decimals} decimal${decimals === 1 ? "" : "s"}`
  }
  return null
}

function isCurrencyCode(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z]{3}$/.test(value)
}

const BENEFIT_NAMES: Record<string, string> = {
  free_shipping: "Free shipping",
  gift_product: "A gift product",
}

function validateBenefit(input: CouponInput, ctx: CouponValidationContext, add: Add) {
  if (!isCurrencyCode(input.currency_code)) {
    add("currency_code", "Choose the currency")
  }
  if (!(BENEFIT_TYPES as readonly unknown[]).includes(input.benefit_type)) {
    add("benefit_type", "Choose the benefit: an amount off, a percent off, an amount off per item, free shipping or a gift product")
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
        add("benefit_value", `Enter a whole percent from ${COUPON_LIMITS.PERCENT_MIN} to ${COUPON_LIMITS.PERCENT_MAX}`)
      }
      break
    case "free_shipping":
    case "gift_product":
      if (!isBlank(value)) {
        add("benefit_value", `${BENEFIT_NAMES[input.benefit_type]} has no amount: leave it empty`)
      }
      break
  }

  if (input.benefit_type === "gift_product") {
    if (isBlank(input.gift_variant_id)) {
      add("gift_variant_id", "Choose the gift product")
    }
  } else if (!isBlank(input.gift_variant_id)) {
    add("gift_variant_id", "Only a gift-product coupon has a gift: remove the gift product")
  }

  if (input.benefit_type === "free_shipping" && ctx.multiShipping) {
    add("benefit_type", "Free shipping coupons are not allowed while the store lets one order ship to several addresses")
  }

  // COUPON-11
  if (input.benefit_type === "per_item_amount" && input.condition_type !== "min_unit_price") {
    add("condition_type", "An amount off per item needs the minimum unit price condition")
  }
}

const CONDITION_LABELS: Record<string, string> = {
  min_total: "The minimum order total",
  max_total: "The maximum order total",
  min_unit_price: "The minimum unit price",
}

function validateCondition(input: CouponInput, add: Add) {
  if (!(CONDITION_TYPES as readonly unknown[]).includes(input.condition_type)) {
    add("condition_type", "Choose the condition: none, a minimum order total, a maximum order total or a minimum unit price")
    return
  }
  if (input.condition_type === "none") {
    if (!isBlank(input.condition_value)) {
      add("condition_value", "Without a condition there is no amount: leave it empty")
    }
    return
  }
  const label = CONDITION_LABELS[input.condition_type]
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
    add("category_ids", "Choose the product categories from the list")
    return
  }
  if (ids.length > COUPON_LIMITS.CATEGORIES_MAX) {
    add("category_ids", `Choose at most ${COUPON_LIMITS.CATEGORIES_MAX} categories (${grouped(ids.length)} are chosen)`)
  }
  const seen = new Set<string>()
  let blank = false
  let twice = false
  ids.forEach((id: unknown) => {
    if (typeof id !== "string" || id.trim() === "") {
      blank = true
    } else if (seen.has(id)) {
      twice = true
    } else {
      seen.add(id)
    }
  })
  if (blank) {
    add("category_ids", "A chosen category is empty: choose the categories from the list")
  }
  if (twice) {
    add("category_ids", "A category is chosen more than once: choose each category once")
  }
}

/** COUPON-13. Only called when audience and code mode are valid. */
function validateLimits(input: CouponInput, add: Add) {
  const limit = input.per_customer_limit
  const { PER_CUSTOMER_MIN: min, PER_CUSTOMER_MAX: max } = COUPON_LIMITS
  if (input.code_mode === "individual") {
    if (!isBlank(limit) && limit !== 1) {
      add("per_customer_limit", "A code per customer can be used once, so the limit per customer must be 1 or empty")
    }
    return
  }
  if (input.audience === "anyone") {
    if (!isBlank(limit)) {
      add("per_customer_limit", "A code for anyone cannot have a limit per customer: leave it empty")
    }
    return
  }
  if (input.audience === "members_only") {
    if (isBlank(limit)) {
      add("per_customer_limit", `A members-only code needs a limit per customer: enter a whole number from ${min} to ${max}`)
    } else if (!isNumber(limit) || !Number.isInteger(limit) || limit < min || limit > max) {
      add("per_customer_limit", `Enter a whole number of uses per customer from ${min} to ${max}`)
    }
  }
}

function validateTotalLimit(input: CouponInput, add: Add) {
  const total = input.total_limit
  if (isBlank(total)) {
    return
  }
  if (!isNumber(total) || !Number.isInteger(total) || total < 1) {
    add("total_limit", "Enter a whole number of uses of at least 1, or leave it empty for no limit")
  } else if (total > TOTAL_LIMIT_MAX) {
    add("total_limit", "That is more uses than the store can count: leave it empty for no limit")
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
