import { Button, Drawer, Hint, Input, Select, Text, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useMemo, useState } from "react"
import { useStoreCurrencies } from "../hooks/use-stores"
import {
  AdminExchangeOffer,
  ExchangeOfferUpdate,
  useCreateExchangeOffer,
  useUpdateExchangeOffer,
} from "../hooks/use-exchange-offers"
import { FieldErrors, groupFieldErrors, parseFieldErrors } from "../lib/form-errors"
import { errorMessage } from "../lib/sdk"
import { DEFAULT_EXCHANGE_DENOMINATIONS, ExchangeOfferInput, POINTS_LIMITS } from "../../types/points"
import { formatMoney } from "../../modules/coupon-marketing/domain/coupons"
import { validateOfferInput } from "../../modules/coupon-marketing/domain/points"
import { plural } from "./coupon-display"
import { DrawerFormFooter, FormField } from "./layout"
import { CurrencySelect, defaultCurrencyOf } from "./inputs/currency-select"
import { DateTimeField } from "./inputs/date-time-field"
import { useStoreTimezone } from "../hooks/use-coupon-settings"
import { HIDDEN_FROM_SHOPPERS, offerTermsText, pointsText, rivalText } from "./points-display"
import { fromZonedInput, toZonedInput } from "../lib/dates"

/** What the inputs hold (text). */
interface OfferFormValues {
  name: string
  face_value: string
  threshold: string
  currency_code: string
  points_cost: string
  stock: string
  per_customer_limit: string
  valid_days: string
  /** datetime-local, on the store's clocks (its time zone). */
  starts_at: string
  ends_at: string
}

type Field = keyof OfferFormValues

const FIELDS: readonly Field[] = [
  "name",
  "face_value",
  "threshold",
  "currency_code",
  "points_cost",
  "stock",
  "per_customer_limit",
  "valid_days",
  "starts_at",
  "ends_at",
]

/** What an offer lets change after creation (the API's update body). */
const EDITABLE_FIELDS = [
  "name",
  "face_value",
  "threshold",
  "points_cost",
  "stock",
  "per_customer_limit",
  "starts_at",
  "ends_at",
] as const satisfies readonly (keyof ExchangeOfferUpdate)[]

const NAME_MAX = 100

function initialValues(timeZone: string, offer?: AdminExchangeOffer): OfferFormValues {
  if (!offer) {
    return {
      name: "",
      face_value: "",
      threshold: "",
      currency_code: "",
      points_cost: "",
      stock: "",
      per_customer_limit: "1",
      valid_days: "30",
      starts_at: "",
      ends_at: "",
    }
  }
  const text = (v: number | null) => (v === null || v === undefined ? "" : String(v))
  return {
    name: offer.name,
    face_value: String(offer.face_value),
    threshold: text(offer.threshold),
    currency_code: offer.currency_code,
    points_cost: String(offer.points_cost),
    stock: String(offer.stock),
    per_customer_limit: text(offer.per_customer_limit),
    valid_days: String(offer.valid_days),
    starts_at: toZonedInput(offer.starts_at, timeZone),
    ends_at: toZonedInput(offer.ends_at, timeZone),
  }
}

/** "" → NaN for a required number (the rules then name the field); text as a number otherwise. */
const required = (value: string) => (value.trim() === "" ? Number.NaN : Number(value))

/**
 * The API's input from the form. Editing, an untouched window date keeps the stored instant
 * (datetime-local drops seconds).
 */
function toOfferInput(
  values: OfferFormValues,
  timeZone: string,
  offer?: AdminExchangeOffer,
  initial?: OfferFormValues
): ExchangeOfferInput {
  const windowDate = (field: "starts_at" | "ends_at") =>
    offer && initial && values[field] === initial[field] ? offer[field] : fromZonedInput(values[field], timeZone)
  return {
    name: values.name.trim(),
    face_value: required(values.face_value),
    // Empty: no minimum spend.
    threshold: values.threshold.trim() === "" ? 0 : Number(values.threshold),
    currency_code: values.currency_code,
    points_cost: required(values.points_cost),
    stock: required(values.stock),
    per_customer_limit: values.per_customer_limit.trim() === "" ? null : Number(values.per_customer_limit),
    valid_days: required(values.valid_days),
    starts_at: windowDate("starts_at"),
    ends_at: windowDate("ends_at"),
  }
}

/**
 * The editable fields that differ from the stored offer: the update body. The minimum spend is
 * always sent: the API's update validator defaults a missing `threshold` to 0, which would
 * silently drop the offer's minimum spend on any other edit.
 */
function changedFields(next: ExchangeOfferInput, before: ExchangeOfferInput): ExchangeOfferUpdate {
  const body: Record<string, unknown> = {}
  for (const field of EDITABLE_FIELDS) {
    if (JSON.stringify(next[field] ?? null) !== JSON.stringify(before[field] ?? null)) body[field] = next[field] ?? null
  }
  body.threshold = next.threshold
  return body as ExchangeOfferUpdate
}

/** Brings the first field with an error into view and focuses it. */
function focusFirstError(errors: FieldErrors<Field>) {
  const field = FIELDS.find((f) => errors[f])
  if (!field) return
  const target = document.getElementById(field)
  target?.scrollIntoView({ block: "center" })
  target?.focus({ preventScroll: true })
}

/**
 * Create or edit an exchange offer (POINTS-4). The API's own rules run as the admin types; a 400
 * — the deeper-than-free refusal of POINTS-5 included — goes under the field it names. Currency
 * and validity days are fixed once the offer exists (its coupon is made with them).
 */
export const ExchangeOfferDrawer = ({
  offer,
  denominations,
  open,
  onOpenChange,
}: {
  /** Editing: the offer. Creating: nothing. */
  offer?: AdminExchangeOffer
  /** The store's face values (the plugin's `points.denominations`); the defaults until loaded. */
  denominations?: readonly number[]
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const editing = !!offer
  // The store's zone; the browser's until the settings load (the page has usually loaded them).
  const timeZone = useStoreTimezone() ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  const initial = useMemo(() => initialValues(timeZone, offer), [timeZone, offer])
  const [values, setValues] = useState<OfferFormValues>(initial)
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({})
  const [submitted, setSubmitted] = useState(false)
  const [serverErrors, setServerErrors] = useState<FieldErrors<Field>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const create = useCreateExchangeOffer()
  const update = useUpdateExchangeOffer(offer?.id ?? "")
  const pending = create.isPending || update.isPending
  const currencies = useStoreCurrencies()

  // A new opening starts afresh (a refetch of the list while the drawer is open keeps the edits;
  // the store zone arriving after the opening reads the window dates again in it).
  useEffect(() => {
    if (open) {
      setValues(initial)
      setTouched({})
      setSubmitted(false)
      setServerErrors({})
      setFormError(null)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, offer?.id, timeZone])

  // A new offer's amounts default to the store's default currency.
  useEffect(() => {
    if (open && !editing && !values.currency_code && currencies.data?.length) {
      setValues((v) => ({ ...v, currency_code: defaultCurrencyOf(currencies.data) }))
    }
  }, [open, editing, values.currency_code, currencies.data])

  const input = toOfferInput(values, timeZone, offer, initial)
  const problems = validateOfferInput(input)
  if (offer && Number.isSafeInteger(input.stock) && input.stock >= 1 && input.stock < offer.exchanged_count) {
    problems.push({
      field: "stock",
      message: `${plural(offer.exchanged_count, "coupon")} ${offer.exchanged_count === 1 ? "was" : "were"} already exchanged: the stock cannot be below ${offer.exchanged_count.toLocaleString("en-US")}`,
    })
  }
  const clientErrors = groupFieldErrors(problems, FIELDS)
  const errorOf = (field: Field): string | undefined =>
    serverErrors[field] ?? (submitted || touched[field] ? clientErrors.fields[field] : undefined)

  const dirty = JSON.stringify(values) !== JSON.stringify(initial)

  const set = (key: Field, value: string) => {
    setValues((v) => ({ ...v, [key]: value }))
    setTouched((t) => ({ ...t, [key]: true }))
    // The deeper-than-free refusal concerns the face value and the threshold together.
    setServerErrors((e) => ({
      ...e,
      [key]: undefined,
      ...(key === "threshold" || key === "face_value" ? { face_value: undefined, threshold: undefined } : {}),
    }))
    setFormError(null)
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (pending) return
    setSubmitted(true)
    if (problems.length) {
      if (clientErrors.other.length) setFormError(clientErrors.other.join(" "))
      focusFirstError(clientErrors.fields)
      toast.error("Please correct the highlighted fields.")
      return
    }
    const onError = (error: unknown) => {
      const parsed = parseFieldErrors(errorMessage(error), FIELDS)
      setServerErrors(parsed.fields)
      setFormError(parsed.other.length ? parsed.other.join(" ") : null)
      focusFirstError(parsed.fields)
      toast.error(
        Object.keys(parsed.fields).length ? "The offer was not saved: see the highlighted fields." : errorMessage(error)
      )
    }
    if (offer) {
      const body = changedFields(input, toOfferInput(initial, timeZone, offer, initial))
      update.mutate(body, {
        onSuccess: ({ exchange_offer }) => {
          toast.success("Exchange offer saved", {
            description:
              offer.compliance === "non_compliant" && exchange_offer.compliance === "compliant"
                ? `${exchange_offer.name} is compliant again and shown to shoppers.`
                : exchange_offer.name,
          })
          onOpenChange(false)
        },
        onError,
      })
    } else {
      create.mutate(input, {
        onSuccess: ({ exchange_offer }) => {
          toast.success("Exchange offer created", { description: exchange_offer.name })
          onOpenChange(false)
        },
        onError,
      })
    }
  }

  const currency = values.currency_code
  const money = (n: number) => (currency ? formatMoney(n, currency) : n.toLocaleString("en-US"))
  const faceValues = [...(denominations ?? DEFAULT_EXCHANGE_DENOMINATIONS)] as number[]
  if (offer && !faceValues.includes(offer.face_value)) faceValues.push(offer.face_value)
  faceValues.sort((a, b) => a - b)

  const preview =
    !problems.length && currency
      ? `Shoppers pay ${pointsText(input.points_cost)} for a coupon of ${offerTermsText({ ...input, currency_code: currency })}, valid ${plural(input.valid_days, "day")} after the exchange.`
      : null

  const guard = (e: Event) => {
    if (pending) e.preventDefault()
  }

  const inputProps = (field: Field) => ({
    id: field,
    value: values[field],
    disabled: pending,
    "aria-invalid": !!errorOf(field),
    "aria-describedby": `${field}_error`,
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
  })

  return (
    <Drawer open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <Drawer.Content onEscapeKeyDown={guard} onInteractOutside={guard} aria-describedby="offer_form_description">
        <form
          onSubmit={onSubmit}
          noValidate
          className="flex h-full flex-col overflow-hidden"
          aria-label={editing ? "Edit exchange offer" : "Create exchange offer"}
        >
          <Drawer.Header>
            <Drawer.Title>{editing ? "Edit exchange offer" : "Create exchange offer"}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-5 overflow-y-auto">
            <Text size="small" className="text-ui-fg-subtle" id="offer_form_description">
              Shoppers exchange points for an individual coupon code, usable once. The coupon must be a deeper discount
              than the store's free coupons.
            </Text>
            {offer?.compliance === "non_compliant" && (
              <Hint variant="error">
                {rivalText(offer) ?? "A free coupon beats this offer."} {HIDDEN_FROM_SHOPPERS}
              </Hint>
            )}

            <FormField id="name" label="Name" help="Shown to shoppers and as the coupon's name in the cart." error={errorOf("name")}>
              <Input {...inputProps("name")} />
              <Text size="xsmall" className="text-ui-fg-muted self-end">
                {[...values.name.trim()].length} / {NAME_MAX}
              </Text>
            </FormField>

            <div className="grid gap-4 md:grid-cols-2">
              <FormField id="face_value" label="Face value" help="From the exchange denominations." error={errorOf("face_value")}>
                <Select value={values.face_value || undefined} onValueChange={(v) => set("face_value", v)} disabled={pending}>
                  <Select.Trigger
                    id="face_value"
                    aria-labelledby="face_value_label"
                    aria-invalid={!!errorOf("face_value")}
                    aria-describedby="face_value_error"
                  >
                    <Select.Value placeholder="Choose a face value" />
                  </Select.Trigger>
                  <Select.Content>
                    {faceValues.map((v) => (
                      <Select.Item key={v} value={String(v)}>
                        {money(v)}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </FormField>
              <FormField
                id="threshold"
                label="Minimum spend"
                optional
                help="Above the face value. Empty or 0: no minimum spend."
                error={errorOf("threshold")}
              >
                <Input {...inputProps("threshold")} type="number" inputMode="numeric" min={0} step={1} placeholder="0" />
              </FormField>
            </div>

            <FormField
              id="currency_code"
              label="Currency"
              help={editing ? "Fixed after creation." : "The currency of the face value and the minimum spend."}
              error={errorOf("currency_code")}
            >
              <CurrencySelect
                value={values.currency_code}
                onChange={(v) => set("currency_code", v)}
                disabled={pending || editing}
                invalid={!!errorOf("currency_code")}
              />
            </FormField>

            <div className="grid gap-4 md:grid-cols-2">
              <FormField id="points_cost" label="Points cost" help="Points a shopper pays for one coupon." error={errorOf("points_cost")}>
                <Input {...inputProps("points_cost")} type="number" inputMode="numeric" min={1} step={1} />
              </FormField>
              <FormField
                id="stock"
                label="Stock"
                help={
                  offer && offer.exchanged_count > 0
                    ? `Exchanges in total; ${offer.exchanged_count.toLocaleString("en-US")} already made.`
                    : "Exchanges in total."
                }
                error={errorOf("stock")}
              >
                <Input {...inputProps("stock")} type="number" inputMode="numeric" min={Math.max(1, offer?.exchanged_count ?? 0)} step={1} />
              </FormField>
            </div>

            <div className="grid gap-4 md:grid-cols-2">
              <FormField
                id="per_customer_limit"
                label="Per customer"
                optional
                help="Exchanges each customer may make. Empty: no limit."
                error={errorOf("per_customer_limit")}
              >
                <Input {...inputProps("per_customer_limit")} type="number" inputMode="numeric" min={1} step={1} placeholder="Unlimited" />
              </FormField>
              <FormField
                id="valid_days"
                label="Coupon valid for (days)"
                help={
                  editing
                    ? "Days after the exchange. Fixed after creation."
                    : `${POINTS_LIMITS.VALID_DAYS_MIN}–${POINTS_LIMITS.VALID_DAYS_MAX} days after the exchange.`
                }
                error={errorOf("valid_days")}
              >
                <Input
                  {...inputProps("valid_days")}
                  disabled={pending || editing}
                  type="number"
                  inputMode="numeric"
                  min={POINTS_LIMITS.VALID_DAYS_MIN}
                  max={POINTS_LIMITS.VALID_DAYS_MAX}
                  step={1}
                />
              </FormField>
            </div>

            <div className="grid gap-4 md:grid-cols-2">
              <FormField id="starts_at" label="Offer starts" optional help="Empty: open now." error={errorOf("starts_at")}>
                <DateTimeField
                  id="starts_at"
                  value={values.starts_at}
                  onChange={(v) => set("starts_at", v)}
                  timeZone={timeZone}
                  disabled={pending}
                  invalid={!!errorOf("starts_at")}
                />
              </FormField>
              <FormField id="ends_at" label="Offer ends" optional help="Empty: no end." error={errorOf("ends_at")}>
                <DateTimeField
                  id="ends_at"
                  value={values.ends_at}
                  onChange={(v) => set("ends_at", v)}
                  timeZone={timeZone}
                  disabled={pending}
                  invalid={!!errorOf("ends_at")}
                />
              </FormField>
              <Text size="xsmall" className="text-ui-fg-muted md:col-span-2">
                Times are in the store's time zone ({timeZone}).
              </Text>
            </div>

            {preview && (
              <div className="bg-ui-bg-subtle rounded-lg px-4 py-3" aria-live="polite">
                <Text size="small" className="text-ui-fg-subtle">
                  {preview}
                </Text>
              </div>
            )}
            {formError && (
              <Hint variant="error" id="offer_form_error">
                {formError}
              </Hint>
            )}
          </Drawer.Body>
          <DrawerFormFooter pending={pending} submitLabel={editing ? "Save" : "Create offer"} submitDisabled={editing && !dirty} />
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
