import type { AdminCoupon, AdminCouponUpdate } from "../../hooks/use-coupons"
import { addDaysToWallClock, fromZonedInput, toZonedInput } from "../../lib/dates"
import {
  EDITABLE_COUPON_FIELDS,
  BenefitType,
  CodeMode,
  ConditionType,
  CouponAudience,
  CouponInput,
  ValidityType,
} from "../../../types/coupons"

/** The coupon form's words, and its values: what the inputs hold (text), and the API's input made from them. */

export const AUDIENCE_DESCRIPTIONS: Record<CouponAudience, string> = {
  anyone: "One code anybody may use, guests included. No per-customer limit.",
  all_customers: "Every customer gets an individual code, usable once.",
  segment: "Customers of a customer group get individual codes, usable once. Login required.",
  members_only: "Any logged-in customer: a fixed code with a per-customer limit, or individual codes.",
}

/** COUPON-5: the code modes each audience allows. */
export const AUDIENCE_CODE_MODES: Record<CouponAudience, readonly CodeMode[]> = {
  anyone: ["fixed"],
  all_customers: ["individual"],
  segment: ["individual"],
  members_only: ["fixed", "individual"],
}

export const BENEFIT_LABELS: Record<BenefitType, string> = {
  fixed_amount: "Amount off the eligible total",
  percent: "Percent off the eligible total",
  per_item_amount: "Amount off per eligible item",
  free_shipping: "Free shipping",
  gift_product: "Gift product",
}

export const CONDITION_LABELS: Record<ConditionType, string> = {
  none: "No condition",
  min_total: "Eligible total at least",
  max_total: "Eligible total at most",
  min_unit_price: "Unit price at least",
}

/** The benefits with an amount or a percent. */
export const VALUED_BENEFITS: readonly BenefitType[] = ["fixed_amount", "percent", "per_item_amount"]

export interface CouponFormValues {
  name: string
  audience: CouponAudience
  code_mode: CodeMode
  code: string
  customer_group_id: string
  validity_type: ValidityType
  /** Wall-clock values "2026-12-01T10:00" (see lib/dates). */
  starts_at: string
  ends_at: string
  valid_days: string
  benefit_type: BenefitType
  benefit_value: string
  gift_variant_id: string
  currency_code: string
  condition_type: ConditionType
  condition_value: string
  category_ids: string[]
  per_customer_limit: string
  total_limit: string
}

export type Field = keyof CouponFormValues
export type CouponFieldErrors = Partial<Record<Field, string>>

/** The fields in the order of the form (the first one with an error gets the focus). */
export const FIELDS: readonly Field[] = [
  "name",
  "audience",
  "code_mode",
  "code",
  "customer_group_id",
  "validity_type",
  "starts_at",
  "ends_at",
  "valid_days",
  "benefit_type",
  "benefit_value",
  "gift_variant_id",
  "currency_code",
  "condition_type",
  "condition_value",
  "category_ids",
  "per_customer_limit",
  "total_limit",
]

/** "" → null; anything else as a number (NaN for non-numbers: the rules then name the field). */
function numberOrNull(value: string): number | null {
  return value.trim() === "" ? null : Number(value)
}

/**
 * A new window's default: starts on the next whole hour at least `leadMinutes` + 15 minutes
 * from now (COUPON-7, the `coupons.min_start_lead_minutes` option), for 30 days; on the store's clocks.
 */
function defaultWindow(timeZone: string, leadMinutes: number, now = Date.now()): { starts_at: string; ends_at: string } {
  const hour = 60 * 60 * 1000
  const start = Math.ceil((now + (leadMinutes + 15) * 60 * 1000) / hour) * hour
  const starts_at = toZonedInput(start, timeZone)
  return { starts_at, ends_at: addDaysToWallClock(starts_at, 30) }
}

export function initialValues(timeZone: string, leadMinutes: number, coupon?: AdminCoupon): CouponFormValues {
  if (!coupon) {
    return {
      name: "",
      audience: "anyone",
      code_mode: "fixed",
      code: "",
      customer_group_id: "",
      validity_type: "window",
      ...defaultWindow(timeZone, leadMinutes),
      valid_days: "30",
      benefit_type: "fixed_amount",
      benefit_value: "",
      gift_variant_id: "",
      currency_code: "",
      condition_type: "none",
      condition_value: "",
      category_ids: [],
      per_customer_limit: "1",
      total_limit: "",
    }
  }
  const text = (v: number | string | null | undefined) => (v === null || v === undefined ? "" : String(v))
  return {
    name: coupon.name,
    audience: coupon.audience,
    code_mode: coupon.code_mode,
    code: coupon.code ?? "",
    customer_group_id: coupon.customer_group_id ?? "",
    validity_type: coupon.validity_type,
    starts_at: toZonedInput(coupon.starts_at, timeZone),
    ends_at: toZonedInput(coupon.ends_at, timeZone),
    valid_days: text(coupon.valid_days),
    benefit_type: coupon.benefit_type,
    benefit_value: text(coupon.benefit_value),
    gift_variant_id: coupon.gift_variant_id ?? "",
    currency_code: coupon.currency_code,
    condition_type: coupon.condition_type,
    condition_value: text(coupon.condition_value),
    category_ids: coupon.category_ids ?? [],
    per_customer_limit: text(coupon.per_customer_limit),
    total_limit: text(coupon.total_limit),
  }
}

/**
 * The API's input from the form (window dates read on the store's clocks): fields that do not apply to the chosen options are sent empty.
 * Editing, an untouched window date keeps the stored instant (the inputs drop seconds, and
 * an active coupon's start may not move earlier, COUPON-17).
 */
export function toCouponInput(
  values: CouponFormValues,
  timeZone: string,
  coupon?: AdminCoupon,
  initial?: CouponFormValues
): CouponInput {
  const fixed = values.code_mode === "fixed"
  const window = values.validity_type === "window"
  const windowDate = (field: "starts_at" | "ends_at") =>
    coupon && initial && values[field] === initial[field] ? coupon[field] : fromZonedInput(values[field], timeZone)
  const valued = VALUED_BENEFITS.includes(values.benefit_type)
  return {
    name: values.name,
    audience: values.audience,
    code_mode: values.code_mode,
    code: fixed ? values.code.trim() : null,
    customer_group_id: values.audience === "segment" ? values.customer_group_id || null : null,
    validity_type: values.validity_type,
    starts_at: window ? windowDate("starts_at") : null,
    ends_at: window ? windowDate("ends_at") : null,
    valid_days: window ? null : numberOrNull(values.valid_days),
    benefit_type: values.benefit_type,
    benefit_value: valued ? numberOrNull(values.benefit_value) : null,
    gift_variant_id: values.benefit_type === "gift_product" ? values.gift_variant_id.trim() || null : null,
    currency_code: values.currency_code,
    condition_type: values.condition_type,
    condition_value: values.condition_type === "none" ? null : numberOrNull(values.condition_value),
    category_ids: values.category_ids,
    per_customer_limit: values.audience === "members_only" && fixed ? numberOrNull(values.per_customer_limit) : null,
    total_limit: numberOrNull(values.total_limit),
  }
}

/** COUPON-17: the editable fields that differ from the stored coupon: the update body. */
export function changedFields(next: CouponInput, before: CouponInput): AdminCouponUpdate {
  const body: Record<string, unknown> = {}
  for (const field of EDITABLE_COUPON_FIELDS) {
    if (JSON.stringify(next[field] ?? null) !== JSON.stringify(before[field] ?? null)) {
      body[field] = next[field]
    }
  }
  return body as AdminCouponUpdate
}

/** Keeps the options consistent after a change (COUPON-5, COUPON-7, COUPON-11). */
export function withConsistentOptions(next: CouponFormValues, changed: Field): CouponFormValues {
  if (changed === "audience") {
    const modes = AUDIENCE_CODE_MODES[next.audience]
    if (!modes.includes(next.code_mode)) next.code_mode = modes[0]
  }
  if ((changed === "audience" || changed === "code_mode") && next.code_mode === "fixed") {
    next.validity_type = "window"
  }
  if (changed === "benefit_type" && next.benefit_type === "per_item_amount") {
    next.condition_type = "min_unit_price"
  }
  return next
}
