import { toast } from "@medusajs/ui"
import { FormEvent, useEffect, useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { AdminCoupon, useCreateCoupon, useUpdateCoupon } from "../../hooks/use-coupons"
import { useStoreCurrencies } from "../../hooks/use-coupons"
import { groupFieldErrors, parseFieldErrors } from "../../lib/form-errors"
import { errorMessage } from "../../lib/sdk"
import { validateCouponInput } from "../../../modules/coupon-marketing/domain/coupons"
import { COUPONS_PATH } from "../coupon-display"
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
export function useCouponForm(coupon?: AdminCoupon) {
  const editing = !!coupon
  const readOnly = coupon?.status === "ended"
  const navigate = useNavigate()
  const initial = useMemo(() => initialValues(coupon), [coupon])
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
  const clientErrors = groupFieldErrors(problems, FIELDS)

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
      const parsed = parseFieldErrors(message, FIELDS)
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
    currencies,
  }
}

export type CouponFormState = ReturnType<typeof useCouponForm>
