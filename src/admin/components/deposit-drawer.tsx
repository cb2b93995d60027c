import { Button, Drawer, Hint, Input, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useStoreCurrencies } from "../hooks/use-stores"
import { useCreateDeposit } from "../hooks/use-budget"
import { FieldErrors, groupFieldErrors, parseFieldErrors } from "../lib/form-errors"
import { errorMessage } from "../lib/sdk"
import { POINTS_LIMITS } from "../../types/points"
import { currencyDecimals, formatMoney } from "../../modules/coupon-marketing/domain/coupons"
import { validateDeposit } from "../../modules/coupon-marketing/domain/points"
import { DrawerFormFooter, FormField } from "./layout"
import { CurrencySelect, defaultCurrencyOf } from "./inputs/currency-select"

type Field = "amount" | "reason" | "currency_code"
const FIELDS: readonly Field[] = ["amount", "reason", "currency_code"]

const DEPOSIT_LIMIT_TEXT = `Below ${POINTS_LIMITS.DEPOSIT_MAX_EXCLUSIVE.toLocaleString("en-US")} per deposit: split larger deposits.`

/** The deposit rules (POINTS-6, as the API checks them), plus the currency's smallest unit. */
function validate(values: { amount: string; reason: string; currency_code: string }) {
  const amount = values.amount.trim() === "" ? undefined : Number(values.amount)
  const problems = validateDeposit({ amount, reason: values.reason })
  if (!values.currency_code) problems.push({ field: "currency_code", message: "Choose a currency" })
  if (typeof amount === "number" && Number.isFinite(amount) && amount > 0 && values.currency_code) {
    const decimals = currencyDecimals(values.currency_code)
    const [, fraction = ""] = values.amount.trim().split(".")
    if (fraction.replace(/0+$/, "").length > decimals) {
      problems.push({
        field: "amount",
        message:
          decimals === 0
            ? `${values.currency_code.toUpperCase()} has no minor unit: enter a whole amount`
            : `${values.currency_code.toUpperCase()} has ${decimals} decimals at most`,
      })
    }
  }
  return problems
}

/** A refused deposit: Medusa's "Value for field 'amount' too big …" in the plugin's own words. */
function serverFieldErrors(message: string) {
  const parsed = parseFieldErrors(message, FIELDS)
  if (parsed.fields.amount && /too big/.test(parsed.fields.amount)) {
    parsed.fields.amount = `One deposit must be below ${POINTS_LIMITS.DEPOSIT_MAX_EXCLUSIVE.toLocaleString("en-US")} (split larger ones)`
  }
  if (parsed.fields.reason && /too small|required/i.test(parsed.fields.reason)) parsed.fields.reason = "A reason is required"
  return parsed
}

/**
 * "Add deposit" (POINTS-6): funds exchanged coupons in one currency. Below 1,000,000 per
 * deposit, with a required reason; the deposit gets its number (DEP-000001).
 */
export const DepositDrawer = ({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) => {
  const [values, setValues] = useState({ amount: "", reason: "", currency_code: "" })
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({})
  const [submitted, setSubmitted] = useState(false)
  const [serverErrors, setServerErrors] = useState<FieldErrors<Field>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const create = useCreateDeposit()
  const pending = create.isPending
  const currencies = useStoreCurrencies()
  const defaultCurrency = defaultCurrencyOf(currencies.data)

  // A new opening starts afresh, in the store's default currency.
  useEffect(() => {
    if (open) {
      setValues({ amount: "", reason: "", currency_code: defaultCurrency })
      setTouched({})
      setSubmitted(false)
      setServerErrors({})
      setFormError(null)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

  // The currencies may arrive after the drawer opened.
  useEffect(() => {
    if (open && !values.currency_code && defaultCurrency) setValues((v) => ({ ...v, currency_code: defaultCurrency }))
  }, [open, values.currency_code, defaultCurrency])

  const problems = validate(values)
  const clientErrors = groupFieldErrors(problems, FIELDS)
  const errorOf = (field: Field): string | undefined =>
    serverErrors[field] ?? (submitted || touched[field] ? clientErrors.fields[field] : undefined)

  const set = (key: Field, value: string) => {
    setValues((v) => ({ ...v, [key]: value }))
    setTouched((t) => ({ ...t, [key]: true }))
    setServerErrors((e) => ({ ...e, [key]: undefined }))
    setFormError(null)
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (pending) return
    setSubmitted(true)
    if (problems.length) {
      const first = FIELDS.find((f) => clientErrors.fields[f])
      if (first) document.getElementById(first)?.focus()
      toast.error("Please correct the highlighted fields.")
      return
    }
    create.mutate(
      { amount: Number(values.amount), reason: values.reason.trim(), currency_code: values.currency_code },
      {
        onSuccess: ({ deposit }) => {
          toast.success(`Deposit ${deposit.deposit_number} added`, {
            description: `${formatMoney(deposit.amount, deposit.currency_code)} · ${deposit.reason}`,
          })
          onOpenChange(false)
        },
        onError: (error) => {
          const parsed = serverFieldErrors(errorMessage(error))
          setServerErrors(parsed.fields)
          setFormError(parsed.other.length ? parsed.other.join(" ") : null)
          toast.error(Object.keys(parsed.fields).length ? "The deposit was not added: see the highlighted fields." : errorMessage(error))
        },
      }
    )
  }

  const guard = (e: Event) => {
    if (pending) e.preventDefault()
  }
  const decimals = values.currency_code ? currencyDecimals(values.currency_code) : 2
  const amount = Number(values.amount)
  const preview =
    !problems.length && values.currency_code && Number.isFinite(amount) && amount > 0
      ? `Adds ${formatMoney(amount, values.currency_code)} to the ${values.currency_code.toUpperCase()} budget.`
      : null

  return (
    <Drawer open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <Drawer.Content onEscapeKeyDown={guard} onInteractOutside={guard} aria-describedby="deposit_description">
        <form onSubmit={onSubmit} noValidate className="flex h-full flex-col overflow-hidden" aria-label="Add deposit">
          <Drawer.Header>
            <Drawer.Title>Add deposit</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-5 overflow-y-auto">
            <Text size="small" className="text-ui-fg-subtle" id="deposit_description">
              Deposits fund the coupons shoppers get for points: each exchange reserves the coupon's face value, and an
              exchange beyond the remaining budget is refused.
            </Text>
            <FormField id="amount" label="Amount" help={DEPOSIT_LIMIT_TEXT} error={errorOf("amount")}>
              <Input
                id="amount"
                type="number"
                inputMode="decimal"
                min={0}
                step={String(10 ** -decimals)}
                value={values.amount}
                disabled={pending}
                aria-invalid={!!errorOf("amount")}
                aria-describedby="amount_error"
                onChange={(e) => set("amount", e.target.value)}
              />
            </FormField>
            <FormField id="currency_code" label="Currency" error={errorOf("currency_code")}>
              <CurrencySelect
                value={values.currency_code}
                onChange={(v) => set("currency_code", v)}
                disabled={pending}
                invalid={!!errorOf("currency_code")}
              />
            </FormField>
            <FormField
              id="reason"
              label="Reason"
              help="For the budget's records, e.g. “Autumn campaign”."
              error={errorOf("reason")}
            >
              <Textarea
                id="reason"
                rows={3}
                value={values.reason}
                disabled={pending}
                aria-invalid={!!errorOf("reason")}
                aria-describedby="reason_error"
                onChange={(e) => set("reason", e.target.value)}
              />
              <Text size="xsmall" className="text-ui-fg-muted self-end">
                {values.reason.length} / {POINTS_LIMITS.REASON_MAX}
              </Text>
            </FormField>
            {preview && (
              <div className="bg-ui-bg-subtle rounded-lg px-4 py-3" aria-live="polite">
                <Text size="small" className="text-ui-fg-subtle">
                  {preview}
                </Text>
              </div>
            )}
            {formError && <Hint variant="error">{formError}</Hint>}
          </Drawer.Body>
          <DrawerFormFooter pending={pending} submitLabel="Add deposit" />
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
