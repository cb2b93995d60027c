import { Button, Checkbox, Hint, Input, Label, RadioGroup, Select, Skeleton, Text, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import {
  AdminCoupon,
  AdminCouponUpdate,
  useCreateCoupon,
  useCustomerGroups,
  useProductCategories,
  useStoreCurrencies,
  useUpdateCoupon,
} from "../hooks/use-coupons"
import { fromLocalInput, toLocalInput } from "../lib/dates"
import { errorMessage } from "../lib/sdk"
import {
  EDITABLE_COUPON_FIELDS,
  BenefitType,
  CodeMode,
  ConditionType,
  COUPON_LIMITS,
  CouponAudience,
  CouponInput,
  ValidityType,
} from "../../types/coupons"
import { currencyDecimals, validateCouponInput } from "../../modules/coupon-marketing/domain/coupons"
import { AUDIENCE_LABELS, COUPONS_PATH } from "./coupon-display"
import { FieldError, FormField, Section } from "./layout"

// ---------------------------------------------------------------------------------------------
// Words of the form.

const AUDIENCE_DESCRIPTIONS: Record<CouponAudience, string> = {
  anyone: "One code anybody may use, guests included. No per-customer limit.",
  all_customers: "Every customer gets an individual code, usable once.",
  segment: "Customers of a customer group get individual codes, usable once. Login required.",
  members_only: "Any logged-in customer: a fixed code with a per-customer limit, or individual codes.",
}

/** COUPON-5: the code modes each audience allows. */
const AUDIENCE_CODE_MODES: Record<CouponAudience, readonly CodeMode[]> = {
  anyone: ["fixed"],
  all_customers: ["individual"],
  segment: ["individual"],
  members_only: ["fixed", "individual"],
}

const BENEFIT_LABELS: Record<BenefitType, string> = {
  fixed_amount: "Amount off the eligible total",
  percent: "Percent off the eligible total",
  per_item_amount: "Amount off per eligible item",
  free_shipping: "Free shipping",
  gift_product: "Gift product",
}

const CONDITION_LABELS: Record<ConditionType, string> = {
  none: "No condition",
  min_total: "Eligible total at least",
  max_total: "Eligible total at most",
  min_unit_price: "Unit price at least",
}

// ---------------------------------------------------------------------------------------------
// Form values: what the inputs hold (text), and the API's input made from them.

interface CouponFormValues {
  name: string
  audience: CouponAudience
  code_mode: CodeMode
  code: string
  customer_group_id: string
  validity_type: ValidityType
  /** datetime-local, in the browser's time zone ("2026-12-01T10:00"). */
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

type Field = keyof CouponFormValues
type FieldErrors = Partial<Record<Field, string>>

const FIELDS: readonly Field[] = [
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

/** COUPON-17: what an existing coupon lets change (the API's update body). */
const EDITABLE_FIELDS = EDITABLE_COUPON_FIELDS

/** "" → null; anything else as a number (NaN for non-numbers: the rules then name the field). */
function numberOrNull(value: string): number | null {
  return value.trim() === "" ? null : Number(value)
}

/** A new window's default: starts on the hour, at least 75 minutes from now (COUPON-7: ≥ 1 h), for 30 days. */
function defaultWindow(now = new Date()): { starts_at: string; ends_at: string } {
  const start = new Date(now.getTime() + 75 * 60 * 1000)
  if (start.getMinutes() || start.getSeconds() || start.getMilliseconds()) {
    start.setHours(start.getHours() + 1, 0, 0, 0)
  }
  const end = new Date(start)
  end.setDate(end.getDate() + 30)
  return { starts_at: toLocalInput(start), ends_at: toLocalInput(end) }
}

function initialValues(coupon?: AdminCoupon): CouponFormValues {
  if (!coupon) {
    return {
      name: "",
      audience: "anyone",
      code_mode: "fixed",
      code: "",
      customer_group_id: "",
      validity_type: "window",
      ...defaultWindow(),
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
    starts_at: toLocalInput(coupon.starts_at),
    ends_at: toLocalInput(coupon.ends_at),
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
 * The API's input from the form: fields that do not apply to the chosen options are sent empty.
 * Editing, an untouched window date keeps the stored instant (datetime-local drops seconds, and
 * an active coupon's start may not move earlier, COUPON-17).
 */
function toCouponInput(values: CouponFormValues, coupon?: AdminCoupon, initial?: CouponFormValues): CouponInput {
  const fixed = values.code_mode === "fixed"
  const window = values.validity_type === "window"
  const windowDate = (field: "starts_at" | "ends_at") =>
    coupon && initial && values[field] === initial[field] ? coupon[field] : fromLocalInput(values[field])
  const valued = ["fixed_amount", "percent", "per_item_amount"].includes(values.benefit_type)
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

/** The editable fields that differ from the stored coupon: the update body. */
function changedFields(next: CouponInput, before: CouponInput): AdminCouponUpdate {
  const body: Record<string, unknown> = {}
  for (const field of EDITABLE_FIELDS) {
    if (JSON.stringify(next[field] ?? null) !== JSON.stringify(before[field] ?? null)) {
      body[field] = next[field]
    }
  }
  return body as AdminCouponUpdate
}

function isField(name: string): name is Field {
  return (FIELDS as readonly string[]).includes(name)
}

/** Problems of the rules, grouped by field (several problems of one field on one line). */
function groupErrors(errors: readonly { field: string; message: string }[]): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {}
  const other: string[] = []
  for (const { field, message: raw } of errors) {
    // An empty input is shown empty: no "…, got null" under it.
    const message = raw.replace(/, got (?:null|nothing|"")$/, "")
    if (isField(field)) fields[field] = fields[field] ? `${fields[field]} ${message}` : message
    else other.push(message)
  }
  return { fields, other }
}

/**
 * Brings the first field with an error into view (its label a third down the dashboard's
 * scrolling column, so the page itself never shifts) and focuses it.
 */
function focusFirstError(errors: FieldErrors) {
  const field = FIELDS.find((f) => errors[f])
  if (!field) return
  const target = document.getElementById(field) ?? document.getElementById(`${field}_error`)
  const anchor = document.getElementById(`${field}_label`) ?? target
  if (!target || !anchor) return
  let column = anchor.parentElement
  while (column && !(column.scrollHeight > column.clientHeight && /auto|scroll/.test(getComputedStyle(column).overflowY))) {
    column = column.parentElement
  }
  if (column) {
    const offset = anchor.getBoundingClientRect().top - column.getBoundingClientRect().top
    column.scrollTo({ top: column.scrollTop + offset - column.clientHeight / 3 })
  } else {
    anchor.scrollIntoView({ block: "center" })
  }
  target.focus({ preventScroll: true })
}

/**
 * A refused create or edit (400 `{ type, message }`): the message lists every problem as
 * "field: reason", one per line or joined by "; ". Other messages naming a field go under it too.
 */
export function parseServerErrors(message: string): { fields: FieldErrors; other: string[] } {
  const parts = message
    .split(/\n|;\s+(?=[a-z_]+:\s)/)
    .map((p) => p.trim())
    .filter(Boolean)
  const problems = parts.map((part) => {
    const named = /^([a-z_]+):\s*([\s\S]*)$/.exec(part)
    if (named) return { field: named[1], message: named[2] }
    // A unique index: "Cm coupon with code: SALE-10, already exists."
    const duplicate = /with ([a-z_]+): (.*?),? already exists/i.exec(part)
    if (duplicate) return { field: duplicate[1], message: `${duplicate[2]} is already used by another coupon` }
    // zod: "Invalid request: Value for field 'x' …"
    const zod = /field '([a-z_]+)'/.exec(part)
    return { field: zod?.[1] ?? "", message: part }
  })
  return groupErrors(problems)
}

// ---------------------------------------------------------------------------------------------

export interface CouponFormProps {
  /** Editing: the stored coupon. Creating: nothing. */
  coupon?: AdminCoupon
}

/**
 * Create or edit a coupon (COUPON-4 … COUPON-13, COUPON-17). Runs the API's own rules
 * (`validateCouponInput`) as the admin types and shows each problem under its field; a 400 from
 * the API is put under the fields it names. Editing, only what COUPON-17 lets change is enabled;
 * an ended coupon is shown read-only.
 */
export const CouponForm = ({ coupon }: CouponFormProps) => {
  const editing = !!coupon
  const readOnly = coupon?.status === "ended"
  const navigate = useNavigate()
  const initial = useMemo(() => initialValues(coupon), [coupon])
  const [values, setValues] = useState<CouponFormValues>(initial)
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({})
  const [submitted, setSubmitted] = useState(false)
  const [serverErrors, setServerErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string | null>(null)

  const create = useCreateCoupon()
  const update = useUpdateCoupon(coupon?.id ?? "")
  const pending = create.isPending || update.isPending

  const currencies = useStoreCurrencies()
  const groups = useCustomerGroups(values.audience === "segment")
  const categories = useProductCategories()

  // A new coupon's amounts default to the store's default currency.
  useEffect(() => {
    if (!editing && !values.currency_code && currencies.data?.length) {
      const code = (currencies.data.find((c) => c.is_default) ?? currencies.data[0]).currency_code
      setValues((v) => ({ ...v, currency_code: code }))
    }
  }, [editing, values.currency_code, currencies.data])

  const input = toCouponInput(values, coupon, initial)
  // The API's own rules, on every change (they are cheap and pure).
  const problems = validateCouponInput(input, {
    now: new Date(),
    mode: editing ? "update" : "create",
    original: coupon && {
      starts_at: coupon.starts_at,
      status: coupon.status,
      audience: coupon.audience,
      code_mode: coupon.code_mode,
      code: coupon.code,
      validity_type: coupon.validity_type,
      currency_code: coupon.currency_code,
    },
  })
  const clientErrors = groupErrors(problems)

  /** The error shown under a field: the API's, else the rules' once the field was touched or the form submitted. */
  const errorOf = (field: Field): string | undefined =>
    serverErrors[field] ?? (submitted || touched[field] ? clientErrors.fields[field] : undefined)

  const dirty = JSON.stringify(values) !== JSON.stringify(initial)

  const set = <K extends Field>(key: K, value: CouponFormValues[K]) => {
    setValues((v) => {
      const next = { ...v, [key]: value }
      // Keep the options consistent (COUPON-5, COUPON-7, COUPON-11).
      if (key === "audience") {
        const modes = AUDIENCE_CODE_MODES[next.audience]
        if (!modes.includes(next.code_mode)) next.code_mode = modes[0]
      }
      if ((key === "audience" || key === "code_mode") && next.code_mode === "fixed") {
        next.validity_type = "window"
      }
      if (key === "benefit_type" && value === "per_item_amount") {
        next.condition_type = "min_unit_price"
      }
      return next
    })
    setTouched((t) => ({ ...t, [key]: true }))
    setServerErrors((e) => ({ ...e, [key]: undefined }))
    setFormError(null)
  }

  const locked = editing // identity fields (COUPON-17)
  const disabled = readOnly || pending

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (readOnly) return
    setSubmitted(true)
    if (problems.length) {
      if (clientErrors.other.length) setFormError(clientErrors.other.join(" "))
      focusFirstError(clientErrors.fields)
      toast.error("Please correct the highlighted fields.")
      return
    }
    const onError = (error: unknown) => {
      const message = errorMessage(error)
      const parsed = parseServerErrors(message)
      setServerErrors(parsed.fields)
      setFormError(parsed.other.length ? parsed.other.join(" ") : null)
      focusFirstError(parsed.fields)
      toast.error(Object.keys(parsed.fields).length ? "The coupon was not saved: see the highlighted fields." : message)
    }
    if (coupon) {
      const body = changedFields(input, toCouponInput(initial, coupon, initial))
      update.mutate(body, {
        onSuccess: ({ coupon: saved }) => {
          toast.success("Coupon saved", { description: saved.name })
          navigate(COUPONS_PATH)
        },
        onError,
      })
    } else {
      create.mutate(input, {
        onSuccess: ({ coupon: created }) => {
          toast.success("Coupon created", { description: created.name })
          navigate(COUPONS_PATH)
        },
        onError,
      })
    }
  }

  const currencyCode = values.currency_code.toUpperCase()
  const amountStep = values.currency_code ? String(10 ** -currencyDecimals(values.currency_code)) : "any"
  const perCustomerApplies = values.audience === "members_only" && values.code_mode === "fixed"
  const benefitValueLabel =
    values.benefit_type === "percent"
      ? "Percent off"
      : values.benefit_type === "per_item_amount"
        ? `Amount off per item${currencyCode ? ` (${currencyCode})` : ""}`
        : `Amount off${currencyCode ? ` (${currencyCode})` : ""}`

  return (
    <form onSubmit={onSubmit} noValidate className="divide-y" aria-label={editing ? "Edit coupon" : "Create coupon"}>
      {readOnly && (
        <div className="px-6 py-4">
          <Hint>This coupon has ended: it can no longer be edited or deleted.</Hint>
        </div>
      )}

      <Section title="General" description="The name is shown in the cart once the coupon is applied.">
        <FormField id="name" label="Name" error={errorOf("name")}>
          <Input
            id="name"
            value={values.name}
            disabled={disabled}
            aria-invalid={!!errorOf("name")}
            aria-describedby="name_error"
            onChange={(e) => set("name", e.target.value)}
          />
          <Text size="xsmall" className="text-ui-fg-muted self-end">
            {[...values.name.trim()].length} / {COUPON_LIMITS.NAME_MAX}
          </Text>
        </FormField>
      </Section>

      <Section
        title="Audience and code"
        description="Who may use the coupon, and whether they share one code or each get their own. Fixed after creation."
      >
        <div className="flex flex-col gap-y-2">
          <Label id="audience_label" size="small" weight="plus">
            Audience
          </Label>
          <RadioGroup
            value={values.audience}
            onValueChange={(v) => set("audience", v as CouponAudience)}
            aria-labelledby="audience_label"
            aria-describedby="audience_error"
            disabled={disabled || locked}
            className="grid gap-2 md:grid-cols-2"
          >
            {(Object.keys(AUDIENCE_LABELS) as CouponAudience[]).map((audience) => (
              <RadioGroup.ChoiceBox
                key={audience}
                value={audience}
                label={AUDIENCE_LABELS[audience]}
                description={AUDIENCE_DESCRIPTIONS[audience]}
              />
            ))}
          </RadioGroup>
          <FieldError field="audience" error={errorOf("audience")} />
        </div>

        <div className="flex flex-col gap-y-2">
          <Label id="code_mode_label" size="small" weight="plus">
            Code
          </Label>
          <RadioGroup
            value={values.code_mode}
            onValueChange={(v) => set("code_mode", v as CodeMode)}
            aria-labelledby="code_mode_label"
            aria-describedby="code_mode_error"
            disabled={disabled || locked}
            className="grid gap-2 md:grid-cols-2"
          >
            <RadioGroup.ChoiceBox
              value="fixed"
              label="Fixed code"
              description="One code you choose, shared by everybody."
              disabled={!AUDIENCE_CODE_MODES[values.audience].includes("fixed")}
            />
            <RadioGroup.ChoiceBox
              value="individual"
              label="Individual codes"
              description="A unique random code per customer, issued when sent."
              disabled={!AUDIENCE_CODE_MODES[values.audience].includes("individual")}
            />
          </RadioGroup>
          <FieldError field="code_mode" error={errorOf("code_mode")} />
        </div>

        {values.code_mode === "fixed" && (
          <FormField
            id="code"
            label="Coupon code"
            help={`${COUPON_LIMITS.FIXED_CODE_MIN}–${COUPON_LIMITS.FIXED_CODE_MAX} characters of A–Z, 0–9, "-" and "_". Shoppers may type it in any case.`}
            error={errorOf("code")}
          >
            <Input
              id="code"
              value={values.code}
              className="font-mono uppercase"
              autoComplete="off"
              spellCheck={false}
              disabled={disabled || locked}
              aria-invalid={!!errorOf("code")}
              aria-describedby="code_error"
              onChange={(e) => set("code", e.target.value)}
            />
          </FormField>
        )}

        {values.audience === "segment" && (
          <FormField id="customer_group_id" label="Customer group" error={errorOf("customer_group_id")}>
            <Select
              value={values.customer_group_id || undefined}
              onValueChange={(v) => set("customer_group_id", v)}
              disabled={disabled || locked}
            >
              <Select.Trigger
                id="customer_group_id"
                aria-labelledby="customer_group_id_label"
                aria-invalid={!!errorOf("customer_group_id")}
              >
                <Select.Value placeholder={groups.isLoading ? "Loading customer groups…" : "Choose a customer group"} />
              </Select.Trigger>
              <Select.Content>
                {(groups.data ?? []).map((g) => (
                  <Select.Item key={g.id} value={g.id}>
                    {g.name}
                  </Select.Item>
                ))}
                {values.customer_group_id && !groups.data?.some((g) => g.id === values.customer_group_id) && (
                  <Select.Item value={values.customer_group_id}>{values.customer_group_id}</Select.Item>
                )}
              </Select.Content>
            </Select>
            {groups.isError && <Hint variant="error">Could not load the customer groups: {errorMessage(groups.error)}</Hint>}
            {groups.data && groups.data.length === 0 && (
              <Text size="small" className="text-ui-fg-subtle">
                No customer groups yet: create one under Customers → Customer groups.
              </Text>
            )}
          </FormField>
        )}
      </Section>

      <Section
        title="Validity"
        description="A fixed window, or a number of days from the message that delivers an individual code."
      >
        <div className="flex flex-col gap-y-2">
          <Label id="validity_type_label" size="small" weight="plus">
            Validity
          </Label>
          <RadioGroup
            value={values.validity_type}
            onValueChange={(v) => set("validity_type", v as ValidityType)}
            aria-labelledby="validity_type_label"
            aria-describedby="validity_type_error"
            disabled={disabled || locked}
            className="grid gap-2 md:grid-cols-2"
          >
            <RadioGroup.ChoiceBox
              value="window"
              label="Fixed window"
              description="Starts 1 hour to 1 month from now; lasts 1 hour to 120 months."
            />
            <RadioGroup.ChoiceBox
              value="relative"
              label="Days from delivery"
              description="1–365 days from the send, until 23:59:59 of the last day. Individual codes only."
              disabled={values.code_mode === "fixed"}
            />
          </RadioGroup>
          <FieldError field="validity_type" error={errorOf("validity_type")} />
        </div>

        {values.validity_type === "window" ? (
          <div className="grid gap-4 md:grid-cols-2">
            <FormField
              id="starts_at"
              label="Start"
              error={errorOf("starts_at")}
              help={coupon?.status === "active" ? "The start can only move later." : undefined}
            >
              <Input
                id="starts_at"
                type="datetime-local"
                value={values.starts_at}
                disabled={disabled}
                aria-invalid={!!errorOf("starts_at")}
                aria-describedby="starts_at_error"
                onChange={(e) => set("starts_at", e.target.value)}
              />
            </FormField>
            <FormField id="ends_at" label="End" error={errorOf("ends_at")}>
              <Input
                id="ends_at"
                type="datetime-local"
                value={values.ends_at}
                disabled={disabled}
                aria-invalid={!!errorOf("ends_at")}
                aria-describedby="ends_at_error"
                onChange={(e) => set("ends_at", e.target.value)}
              />
            </FormField>
            <Text size="xsmall" className="text-ui-fg-muted md:col-span-2">
              Times are in your browser's time zone ({Intl.DateTimeFormat().resolvedOptions().timeZone}).
            </Text>
          </div>
        ) : (
          <FormField
            id="valid_days"
            label="Valid days"
            help={`${COUPON_LIMITS.RELATIVE_DAYS_MIN}–${COUPON_LIMITS.RELATIVE_DAYS_MAX} days. Sent Jan 1 at 15:00 with 10 days: valid until Jan 11, 23:59:59 (store time zone).`}
            error={errorOf("valid_days")}
          >
            <Input
              id="valid_days"
              type="number"
              inputMode="numeric"
              min={COUPON_LIMITS.RELATIVE_DAYS_MIN}
              max={COUPON_LIMITS.RELATIVE_DAYS_MAX}
              step={1}
              value={values.valid_days}
              disabled={disabled || locked}
              aria-invalid={!!errorOf("valid_days")}
              aria-describedby="valid_days_error"
              onChange={(e) => set("valid_days", e.target.value)}
            />
          </FormField>
        )}
      </Section>

      <Section
        title="Benefit"
        description="Shipping, fees and wrapping are never discounted; the discount never exceeds the eligible total."
      >
        <FormField id="benefit_type" label="Benefit" error={errorOf("benefit_type")}>
          <Select value={values.benefit_type} onValueChange={(v) => set("benefit_type", v as BenefitType)} disabled={disabled}>
            <Select.Trigger id="benefit_type" aria-labelledby="benefit_type_label" aria-invalid={!!errorOf("benefit_type")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {(Object.keys(BENEFIT_LABELS) as BenefitType[]).map((type) => (
                <Select.Item key={type} value={type}>
                  {BENEFIT_LABELS[type]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>

        {["fixed_amount", "percent", "per_item_amount"].includes(values.benefit_type) && (
          <FormField
            id="benefit_value"
            label={benefitValueLabel}
            help={
              values.benefit_type === "percent"
                ? `${COUPON_LIMITS.PERCENT_MIN}–${COUPON_LIMITS.PERCENT_MAX} %, rounded down to the currency's smallest unit.`
                : values.benefit_type === "per_item_amount"
                  ? "Multiplied by the quantity of eligible items. Needs the unit-price condition."
                  : `${COUPON_LIMITS.AMOUNT_MIN}–${COUPON_LIMITS.AMOUNT_MAX.toLocaleString("en-US")}, in the currency's main unit.`
            }
            error={errorOf("benefit_value")}
          >
            <Input
              id="benefit_value"
              type="number"
              inputMode="decimal"
              min={values.benefit_type === "percent" ? COUPON_LIMITS.PERCENT_MIN : COUPON_LIMITS.AMOUNT_MIN}
              max={values.benefit_type === "percent" ? COUPON_LIMITS.PERCENT_MAX : COUPON_LIMITS.AMOUNT_MAX}
              step={values.benefit_type === "percent" ? 1 : amountStep}
              value={values.benefit_value}
              disabled={disabled}
              aria-invalid={!!errorOf("benefit_value")}
              aria-describedby="benefit_value_error"
              onChange={(e) => set("benefit_value", e.target.value)}
            />
          </FormField>
        )}

        {values.benefit_type === "gift_product" && (
          <FormField
            id="gift_variant_id"
            label="Gift variant ID"
            help="The product variant added to the cart at price 0 while the coupon is applied (if in stock). One gift variant belongs to one coupon."
            error={errorOf("gift_variant_id")}
          >
            <Input
              id="gift_variant_id"
              placeholder="variant_…"
              className="font-mono"
              value={values.gift_variant_id}
              disabled={disabled}
              aria-invalid={!!errorOf("gift_variant_id")}
              aria-describedby="gift_variant_id_error"
              onChange={(e) => set("gift_variant_id", e.target.value)}
            />
          </FormField>
        )}

        <FormField
          id="currency_code"
          label="Currency"
          help="The currency of the benefit and condition amounts. Fixed after creation."
          error={errorOf("currency_code")}
        >
          <Select
            value={values.currency_code || undefined}
            onValueChange={(v) => set("currency_code", v)}
            disabled={disabled || locked}
          >
            <Select.Trigger id="currency_code" aria-labelledby="currency_code_label" aria-invalid={!!errorOf("currency_code")}>
              <Select.Value placeholder={currencies.isLoading ? "Loading currencies…" : "Choose a currency"} />
            </Select.Trigger>
            <Select.Content>
              {(currencies.data ?? []).map((c) => (
                <Select.Item key={c.currency_code} value={c.currency_code}>
                  {c.currency_code.toUpperCase()}
                  {c.is_default ? " (default)" : ""}
                </Select.Item>
              ))}
              {values.currency_code && !currencies.data?.some((c) => c.currency_code === values.currency_code) && (
                <Select.Item value={values.currency_code}>{values.currency_code.toUpperCase()}</Select.Item>
              )}
            </Select.Content>
          </Select>
          {currencies.isError && <Hint variant="error">Could not load the store's currencies: {errorMessage(currencies.error)}</Hint>}
        </FormField>
      </Section>

      <Section title="Condition" description="When the benefit applies, judged on the eligible items only.">
        <FormField id="condition_type" label="Condition" error={errorOf("condition_type")}>
          <Select
            value={values.condition_type}
            onValueChange={(v) => set("condition_type", v as ConditionType)}
            disabled={disabled}
          >
            <Select.Trigger
              id="condition_type"
              aria-labelledby="condition_type_label"
              aria-invalid={!!errorOf("condition_type")}
            >
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {(Object.keys(CONDITION_LABELS) as ConditionType[]).map((type) => (
                <Select.Item key={type} value={type}>
                  {CONDITION_LABELS[type]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        {values.condition_type !== "none" && (
          <FormField
            id="condition_value"
            label={`${values.condition_type === "min_unit_price" ? "Minimum unit price" : "Amount"}${currencyCode ? ` (${currencyCode})` : ""}`}
            help={
              values.condition_type === "min_unit_price"
                ? "Items priced below it are not eligible."
                : values.condition_type === "min_total"
                  ? "The eligible items must total at least this amount."
                  : "The eligible items must total at most this amount."
            }
            error={errorOf("condition_value")}
          >
            <Input
              id="condition_value"
              type="number"
              inputMode="decimal"
              min={0}
              step={amountStep}
              value={values.condition_value}
              disabled={disabled}
              aria-invalid={!!errorOf("condition_value")}
              aria-describedby="condition_value_error"
              onChange={(e) => set("condition_value", e.target.value)}
            />
          </FormField>
        )}
      </Section>

      <Section
        title="Target products"
        description={`All products, or up to ${COUPON_LIMITS.CATEGORIES_MAX} product categories (their subcategories included). Subscription items are never eligible.`}
      >
        <CategoryPicker
          selected={values.category_ids}
          onChange={(ids) => set("category_ids", ids)}
          options={categories.data}
          loading={categories.isLoading}
          loadError={categories.isError ? errorMessage(categories.error) : null}
          onRetry={() => categories.refetch()}
          disabled={disabled}
          error={errorOf("category_ids")}
        />
      </Section>

      <Section title="Usage limits" description="Every use counts, the same shopper twice included.">
        <FormField
          id="per_customer_limit"
          label="Uses per customer"
          help={
            perCustomerApplies
              ? `${COUPON_LIMITS.PER_CUSTOMER_MIN}–${COUPON_LIMITS.PER_CUSTOMER_MAX} uses for each logged-in customer.`
              : values.code_mode === "individual"
                ? "Individual codes can be used once each."
                : "A fixed code for anyone has no per-customer limit."
          }
          error={errorOf("per_customer_limit")}
        >
          <Input
            id="per_customer_limit"
            type="number"
            inputMode="numeric"
            min={COUPON_LIMITS.PER_CUSTOMER_MIN}
            max={COUPON_LIMITS.PER_CUSTOMER_MAX}
            step={1}
            value={perCustomerApplies ? values.per_customer_limit : values.code_mode === "individual" ? "1" : ""}
            placeholder={perCustomerApplies ? undefined : "Unlimited"}
            disabled={disabled || !perCustomerApplies}
            aria-invalid={!!errorOf("per_customer_limit")}
            aria-describedby="per_customer_limit_error"
            onChange={(e) => set("per_customer_limit", e.target.value)}
          />
        </FormField>
        <FormField
          id="total_limit"
          label="Total uses"
          optional
          help="A cap on all uses together. Empty: no cap."
          error={errorOf("total_limit")}
        >
          <Input
            id="total_limit"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            placeholder="Unlimited"
            value={values.total_limit}
            disabled={disabled}
            aria-invalid={!!errorOf("total_limit")}
            aria-describedby="total_limit_error"
            onChange={(e) => set("total_limit", e.target.value)}
          />
        </FormField>
      </Section>

      <div className="flex items-center justify-end gap-x-2 px-6 py-4">
        {formError && (
          <Hint variant="error" className="mr-auto">
            {formError}
          </Hint>
        )}
        <Button type="button" variant="secondary" asChild>
          <Link to={COUPONS_PATH}>{readOnly ? "Back to coupons" : "Cancel"}</Link>
        </Button>
        {!readOnly && (
          <Button type="submit" isLoading={pending} disabled={editing && !dirty}>
            {editing ? "Save" : "Create coupon"}
          </Button>
        )}
      </div>
    </form>
  )
}

/** COUPON-12: up to 5 categories from a filterable checkbox list; none chosen means all products. */
const CategoryPicker = ({
  selected,
  onChange,
  options,
  loading,
  loadError,
  onRetry,
  disabled,
  error,
}: {
  selected: string[]
  onChange: (ids: string[]) => void
  options: { id: string; path: string }[] | undefined
  loading: boolean
  loadError: string | null
  onRetry: () => void
  disabled: boolean
  error?: string
}) => {
  const [filter, setFilter] = useState("")
  const max = COUPON_LIMITS.CATEGORIES_MAX
  const known = new Set((options ?? []).map((o) => o.id))
  // Chosen ids the list does not hold (deleted, or beyond the first 100) stay visible, to be removed.
  const unknown = selected.filter((id) => !known.has(id)).map((id) => ({ id, path: `Unknown category (${id})` }))
  const all = [...unknown, ...(options ?? [])]
  const shown = filter.trim() ? all.filter((o) => o.path.toLowerCase().includes(filter.trim().toLowerCase())) : all
  const full = selected.length >= max

  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...selected, id] : selected.filter((s) => s !== id))

  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex items-center justify-between gap-x-4">
        <Label id="category_ids_label" size="small" weight="plus">
          Categories
        </Label>
        <Text size="xsmall" className={selected.length > max ? "text-ui-fg-error" : "text-ui-fg-muted"}>
          {selected.length === 0 ? "All products" : `${selected.length} of ${max} selected`}
        </Text>
      </div>
      {loading && (
        <div className="flex flex-col gap-y-2" aria-busy="true">
          <Skeleton className="h-5 w-1/2" />
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="h-5 w-1/3" />
        </div>
      )}
      {loadError && (
        <div className="flex items-center justify-between gap-x-4">
          <Hint variant="error">Could not load the product categories: {loadError}</Hint>
          <Button type="button" variant="secondary" size="small" onClick={onRetry}>
            Try again
          </Button>
        </div>
      )}
      {options && all.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          The store has no product categories yet: the coupon applies to all products.
        </Text>
      )}
      {all.length > 8 && (
        <Input
          type="search"
          size="small"
          placeholder="Filter categories"
          aria-label="Filter categories"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      )}
      {all.length > 0 && (
        <ul
          className="shadow-borders-base max-h-64 overflow-y-auto rounded-lg p-2"
          aria-labelledby="category_ids_label"
          aria-describedby="category_ids_error"
        >
          {shown.map((option) => {
            const checked = selected.includes(option.id)
            const inputId = `category_${option.id}`
            return (
              <li key={option.id} className="flex items-center gap-x-2 rounded-md px-2 py-1.5">
                <Checkbox
                  id={inputId}
                  checked={checked}
                  disabled={disabled || (!checked && full)}
                  onCheckedChange={(value) => toggle(option.id, value === true)}
                />
                <Label htmlFor={inputId} size="small" className={!checked && full ? "text-ui-fg-disabled" : undefined}>
                  {option.path}
                </Label>
              </li>
            )
          })}
          {shown.length === 0 && (
            <li className="px-2 py-1.5">
              <Text size="small" className="text-ui-fg-subtle">
                No category matches “{filter}”.
              </Text>
            </li>
          )}
        </ul>
      )}
      <FieldError field="category_ids" error={error} />
    </div>
  )
}
