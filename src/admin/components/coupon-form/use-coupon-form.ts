import { toast } from "@medusajs/ui"
import { FormEvent, useEffect, useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { AdminCoupon, useCouponOfferImpact, useCreateCoupon, useUpdateCoupon } from "../../hooks/use-coupons"
import { useDebounced } from "../../hooks/use-debounced"
import { useStoreCurrencies } from "../../hooks/use-stores"
import { humanizeInstants } from "../../lib/dates"
import { groupFieldErrors, parseFieldErrors } from "../../lib/form-errors"
import { errorMessage } from "../../lib/sdk"
import { validateCouponInput } from "../../../modules/coupon-marketing/domain/coupons"
import { COUPONS_PATH } from "../coupon-display"
import { defaultCurrencyOf } from "../inputs/currency-select"
import {
  CouponFieldErrors,
  CouponFormValues,
  FIELDS,
  Field,
  changedFields,
  initialValues,
  toCouponInput,
  withConsistentOptions,
} from "./form-values"

/**
 * Brings the first field with an error into view (its label a third down the dashboard's
 * scrolling column, so the page itself never shifts) and focuses it.
 */
function focusFirstError(errors: CouponFieldErrors) {
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
 * The coupon form's state (COUPON-4 … COUPON-13, COUPON-17): its values, the API's own rules
 * (`validateCouponInput`) run on every change, the errors shown under each field (the API's
 * 400 first, else the rules' once a field was touched or the form submitted), and the submit.
 */
export function useCouponForm({
  coupon,
  timeZone,
  leadMinutes,
}: {
  coupon?: AdminCoupon
  /** The store's time zone: the window is entered and shown on its clocks. */
  timeZone: string
  /** `coupons.min_start_lead_minutes`: a new (or still scheduled) coupon starts at the earliest this far from now. */
  leadMinutes: number
}) {
  const editing = !!coupon
  const readOnly = coupon?.status === "ended"
  const navigate = useNavigate()
  const initial = useMemo(() => initialValues(timeZone, leadMinutes, coupon), [timeZone, leadMinutes, coupon])
  const [values, setValues] = useState<CouponFormValues>(initial)
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({})
  const [submitted, setSubmitted] = useState(false)
  const [serverErrors, setServerErrors] = useState<CouponFieldErrors>({})
  const [formError, setFormError] = useState<string | null>(null)

  const create = useCreateCoupon()
  const update = useUpdateCoupon(coupon?.id ?? "")
  const pending = create.isPending || update.isPending
  const currencies = useStoreCurrencies()

  // A new coupon's amounts default to the store's default currency.
  useEffect(() => {
    if (!editing && !values.currency_code && currencies.data?.length) {
      setValues((v) => ({ ...v, currency_code: defaultCurrencyOf(currencies.data) }))
    }
  }, [editing, values.currency_code, currencies.data])

  const input = toCouponInput(values, timeZone, coupon, initial)
  // The API's own rules, on every change (they are cheap and pure), with the store's time zone
  // and its earliest-start option: the same words the server would answer.
  const problems = validateCouponInput(input, {
    now: new Date(),
    mode: editing ? "update" : "create",
    timeZone,
    minStartLeadMinutes: leadMinutes,
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
  const clientErrors = groupFieldErrors(problems, FIELDS)

  // POINTS-5: the exchange offers this coupon would hide, asked (debounced) as the admin types.
  // Only a fixed amount off can beat an offer; an ended coupon is read-only.
  const impactBody =
    readOnly || input.benefit_type !== "fixed_amount" || !/^[a-z]{3}$/i.test(input.currency_code)
      ? null
      : coupon
        ? { coupon_id: coupon.id, ...changedFields(input, toCouponInput(initial, timeZone, coupon, initial)) }
        : input
  const impactKey = useDebounced(impactBody ? JSON.stringify(impactBody) : "", 500)
  const impact = useCouponOfferImpact(impactKey ? JSON.parse(impactKey) : null)
  const hiddenOffers = impactKey ? (impact.data ?? []) : []

  /** The error shown under a field: the API's, else the rules' once the field was touched or the form submitted. */
  const errorOf = (field: Field): string | undefined =>
    serverErrors[field] ?? (submitted || touched[field] ? clientErrors.fields[field] : undefined)

  const dirty = JSON.stringify(values) !== JSON.stringify(initial)

  const set = <K extends Field>(key: K, value: CouponFormValues[K]) => {
    setValues((v) => withConsistentOptions({ ...v, [key]: value }, key))
    setTouched((t) => ({ ...t, [key]: true }))
    setServerErrors((e) => ({ ...e, [key]: undefined }))
    setFormError(null)
  }

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
      const parsed = parseFieldErrors(humanizeInstants(message, timeZone), FIELDS)
      setServerErrors(parsed.fields)
      setFormError(parsed.other.length ? parsed.other.join(" ") : null)
      focusFirstError(parsed.fields)
      toast.error(Object.keys(parsed.fields).length ? "The coupon was not saved: see the highlighted fields." : message)
    }
    if (coupon) {
      const body = changedFields(input, toCouponInput(initial, timeZone, coupon, initial))
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

  return {
    coupon,
    editing,
    readOnly,
    /** Identity fields are fixed after creation (COUPON-17). */
    locked: editing,
    disabled: readOnly || pending,
    pending,
    dirty,
    values,
    input,
    set,
    errorOf,
    formError,
    onSubmit,
    timeZone,
    leadMinutes,
    /** The exchange offers saving this coupon would hide from shoppers (POINTS-5). */
    hiddenOffers,
  }
}

export type CouponFormState = ReturnType<typeof useCouponForm>
