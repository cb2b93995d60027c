import { Trash } from "@medusajs/icons"
import { Button, Checkbox, Hint, IconButton, Input, Label, Text, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { useCouponSettingsResponse } from "../../hooks/use-coupon-settings"
import { GIFTS_PATH, type AdminMembershipGift, useCreateGift, useGiftStoreCredit, useUpdateGift } from "../../hooks/use-gifts"
import { useStoreCurrencies } from "../../hooks/use-stores"
import { humanizeInstants } from "../../lib/dates"
import { errorMessage } from "../../lib/sdk"
import { GIFT_LIMITS, GIFT_PRIZE_TYPES, type GiftPrizeType } from "../../../types/http/gifts"
import { CurrencySelect, defaultCurrencyOf } from "../inputs/currency-select"
import { DateTimeField } from "../inputs/date-time-field"
import { FieldError, FormField, PageError, PageLoading, Section } from "../layout"
import { GiftCouponPicker } from "./gift-coupon-picker"
import { isGiftOpen } from "./gift-display"
import {
  type GiftFieldErrors,
  type GiftFormValues,
  type PrizeRow,
  PRIZE_TYPE_LABELS,
  addableTypes,
  domId,
  giftFields,
  giftFormErrors,
  giftServerErrors,
  initialGiftValues,
  newPrize,
  shiftPrizeErrors,
  startNow,
  toGiftBody,
  windowOf,
} from "./gift-form-state"

/** Brings the first field with an error into view and focuses it. */
function focusFirstError(errors: GiftFieldErrors, prizeCount: number) {
  const field = giftFields(prizeCount).find((f) => errors[f])
  if (!field) return
  const target = document.getElementById(domId(field)) ?? document.getElementById(`${domId(field)}_error`)
  target?.scrollIntoView({ block: "center" })
  target?.focus({ preventScroll: true })
}

/**
 * Create or edit a sign-up gift (GIFT-1 to GIFT-3): its name, window (on the store's clocks), the
 * package of 1 to 3 prizes of different types, and "Save as draft". A closed or ended gift is
 * shown read-only.
 */
export const GiftForm = ({ gift }: { gift?: AdminMembershipGift }) => {
  const settings = useCouponSettingsResponse()
  const storeCredit = useGiftStoreCredit()
  if (settings.isLoading || storeCredit.isLoading) return <PageLoading label="Loading the store's time zone" />
  if (!settings.data) return <PageError what="the store's time zone" error={settings.error} onRetry={() => settings.refetch()} />
  return (
    <GiftFormBody
      gift={gift}
      timeZone={settings.data.timezone}
      storeCredit={storeCredit.data ?? { available: false, reason: storeCredit.isError ? errorMessage(storeCredit.error) : null }}
    />
  )
}

const GiftFormBody = ({
  gift,
  timeZone,
  storeCredit,
}: {
  gift?: AdminMembershipGift
  timeZone: string
  storeCredit: { available: boolean; reason: string | null }
}) => {
  const editing = !!gift
  const readOnly = !!gift && !isGiftOpen(gift.status)
  const navigate = useNavigate()
  const initial = useMemo(() => initialGiftValues(timeZone, gift), [timeZone, gift])
  const [values, setValues] = useState<GiftFormValues>(initial)
  const [submitted, setSubmitted] = useState(false)
  const [touched, setTouched] = useState<Record<string, boolean>>({})
  const [serverErrors, setServerErrors] = useState<GiftFieldErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const create = useCreateGift()
  const update = useUpdateGift(gift?.id ?? "")
  const pending = create.isPending || update.isPending
  const disabled = readOnly || pending
  const currencies = useStoreCurrencies()
  const defaultCurrency = defaultCurrencyOf(currencies.data)

  // A store credit prize added before the currencies loaded takes the default one.
  useEffect(() => {
    if (!defaultCurrency) return
    setValues((v) =>
      v.prizes.some((p) => p.type === "store_credit" && !p.currency_code)
        ? { ...v, prizes: v.prizes.map((p) => (p.type === "store_credit" && !p.currency_code ? { ...p, currency_code: defaultCurrency } : p)) }
        : v
    )
  }, [defaultCurrency])

  const clientErrors = giftFormErrors(values, timeZone, storeCredit.available)
  const errorOf = (field: string): string | undefined => serverErrors[field] ?? (submitted || touched[field] ? clientErrors[field] : undefined)
  const window = windowOf(values, timeZone)

  const touch = (field: string) => {
    setTouched((t) => ({ ...t, [field]: true }))
    setServerErrors((e) => {
      const { [field]: _dropped, ...rest } = e
      return rest
    })
    setFormError(null)
  }
  const set = <K extends keyof GiftFormValues>(key: K, value: GiftFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }))
    touch(key)
    // The window decides which coupons comply: the coupon errors go with it.
    if (key === "starts_at" || key === "ends_at") setServerErrors((e) => Object.fromEntries(Object.entries(e).filter(([f]) => !f.endsWith("coupon_id"))))
  }
  const setPrize = (index: number, patch: Partial<PrizeRow>) => {
    setValues((v) => ({ ...v, prizes: v.prizes.map((p, i) => (i === index ? { ...p, ...patch } : p)) }))
    for (const key of Object.keys(patch)) touch(`prizes.${index}.${key}`)
    touch("prizes")
  }
  const addPrize = (type: GiftPrizeType) => {
    setValues((v) => ({ ...v, prizes: [...v.prizes, newPrize(type, defaultCurrency)] }))
    touch("prizes")
  }
  const removePrize = (index: number) => {
    setValues((v) => ({ ...v, prizes: v.prizes.filter((_, i) => i !== index) }))
    setServerErrors((e) => shiftPrizeErrors(e, index))
    setTouched((t) => shiftPrizeErrors(t, index))
    touch("prizes")
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (readOnly) return
    setSubmitted(true)
    if (Object.keys(clientErrors).length) {
      focusFirstError(clientErrors, values.prizes.length)
      toast.error("Please correct the highlighted fields.")
      return
    }
    setFormError(null)
    const body = toGiftBody(values, timeZone)
    const onError = (error: unknown) => {
      const message = humanizeInstants(errorMessage(error), timeZone)
      const parsed = giftServerErrors(message, values.prizes.length)
      setServerErrors(parsed.fields)
      setFormError(parsed.other.length ? parsed.other.join(" ") : null)
      focusFirstError(parsed.fields, values.prizes.length)
      toast.error(Object.keys(parsed.fields).length ? "The gift was not saved: see the highlighted fields." : message)
    }
    const onSuccess = ({ membership_gift: saved }: { membership_gift: AdminMembershipGift }) => {
      toast.success(saved.draft ? "Draft saved" : editing ? "Gift saved" : "Gift created", { description: saved.name })
      navigate(`${GIFTS_PATH}/${saved.id}`)
    }
    if (gift) update.mutate(body, { onSuccess, onError })
    else create.mutate(body, { onSuccess, onError })
  }

  const addable = addableTypes(values.prizes)
  const nameLength = [...values.name.trim()].length

  return (
    <form onSubmit={onSubmit} noValidate className="divide-y" aria-label={editing ? "Edit membership gift" : "Create membership gift"}>
      {readOnly && (
        <div className="px-6 py-4">
          <Hint>This gift is {gift?.status}: it can no longer be changed. Create a new one instead.</Hint>
        </div>
      )}
      <Section title="General" description="The name is for you and for storefronts showing the gift on the sign-up page.">
        <FormField id="name" label="Name" error={errorOf("name")}>
          <Input
            id="name"
            value={values.name}
            disabled={disabled}
            aria-invalid={!!errorOf("name")}
            aria-describedby="name_error"
            onChange={(e) => set("name", e.target.value)}
          />
          <Text
            size="xsmall"
            className={`self-end tabular-nums ${nameLength > GIFT_LIMITS.NAME_MAX ? "text-ui-fg-error" : "text-ui-fg-muted"}`}
            data-testid="name-counter"
          >
            {nameLength} / {GIFT_LIMITS.NAME_MAX}
          </Text>
        </FormField>
      </Section>

      <Section
        title="Window"
        description={`Accounts created in this window get the package. It lasts at least ${GIFT_LIMITS.MIN_DURATION_DAYS} days; only one gift may be scheduled or active at a time.`}
      >
        <div className="grid gap-4 md:grid-cols-2">
          <FormField id="starts_at" label="Start" error={errorOf("starts_at")} help="Now or earlier: the gift starts at once.">
            <DateTimeField
              id="starts_at"
              value={values.starts_at}
              onChange={(v) => set("starts_at", v)}
              timeZone={timeZone}
              disabled={disabled}
              invalid={!!errorOf("starts_at")}
            />
            {!disabled && (
              <Button type="button" size="small" variant="transparent" className="self-start" onClick={() => set("starts_at", startNow(timeZone))}>
                Start now
              </Button>
            )}
          </FormField>
          <FormField id="ends_at" label="End" error={errorOf("ends_at")} help={`At least ${GIFT_LIMITS.MIN_DURATION_DAYS} days after the start.`}>
            <DateTimeField
              id="ends_at"
              value={values.ends_at}
              onChange={(v) => set("ends_at", v)}
              timeZone={timeZone}
              disabled={disabled}
              invalid={!!errorOf("ends_at")}
            />
          </FormField>
          <Text size="xsmall" className="text-ui-fg-muted md:col-span-2" data-testid="store-time-zone">
            Times are in the store's time zone ({timeZone}).
          </Text>
        </div>
      </Section>

      <Section
        title="Gift package"
        description={`${GIFT_LIMITS.PRIZES_MIN} to ${GIFT_LIMITS.PRIZES_MAX} prizes, each of a different type, granted once to every new member.`}
      >
        {values.prizes.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle" data-testid="gift-no-prize">
            No prize yet: add one below.
          </Text>
        )}
        {values.prizes.map((row, i) => (
          <PrizeEditor
            key={row.key}
            index={i}
            row={row}
            window={window}
            errorOf={errorOf}
            disabled={disabled}
            onChange={(patch) => setPrize(i, patch)}
            onRemove={() => removePrize(i)}
          />
        ))}
        <div className="flex flex-col gap-y-2">
          <div className="flex flex-wrap gap-2" role="group" aria-label="Add a prize">
            {GIFT_PRIZE_TYPES.map((type) => (
              <Button
                key={type}
                type="button"
                size="small"
                variant="secondary"
                disabled={disabled || !addable.includes(type) || (type === "store_credit" && !storeCredit.available)}
                onClick={() => addPrize(type)}
              >
                Add {PRIZE_TYPE_LABELS[type].toLowerCase()}
              </Button>
            ))}
          </div>
          {!storeCredit.available && storeCredit.reason && (
            <Text size="xsmall" className="text-ui-fg-muted" data-testid="gift-store-credit-reason">
              {storeCredit.reason}.
            </Text>
          )}
          {values.prizes.length >= GIFT_LIMITS.PRIZES_MAX && (
            <Text size="xsmall" className="text-ui-fg-muted">
              The package is full ({GIFT_LIMITS.PRIZES_MAX} prizes).
            </Text>
          )}
          <FieldError field="prizes" error={errorOf("prizes")} />
        </div>
      </Section>

      <Section title="Publishing" description="A draft grants nothing, is not shown to visitors and does not hold its dates.">
        <div className="flex items-start gap-x-3">
          <Checkbox
            id="draft"
            checked={values.draft}
            disabled={disabled}
            onCheckedChange={(checked) => set("draft", checked === true)}
            aria-describedby="draft_error"
          />
          <div className="flex flex-col">
            <Label htmlFor="draft" size="small" weight="plus">
              Save as draft
            </Label>
            <Text size="small" className="text-ui-fg-subtle">
              Untick it later to schedule the gift.
            </Text>
          </div>
        </div>
        <FieldError field="draft" error={errorOf("draft")} />
      </Section>

      <div className="flex items-center justify-end gap-x-2 px-6 py-4">
        {formError && (
          <Hint variant="error" className="mr-auto" data-testid="gift-form-error">
            {formError}
          </Hint>
        )}
        <Button type="button" variant="secondary" asChild>
          <Link to={gift ? `${GIFTS_PATH}/${gift.id}` : GIFTS_PATH}>{readOnly ? "Back" : "Cancel"}</Link>
        </Button>
        {!readOnly && (
          <Button type="submit" isLoading={pending}>
            {values.draft ? "Save draft" : editing ? "Save" : "Create gift"}
          </Button>
        )}
      </div>
    </form>
  )
}

/** One prize of the package: its own fields by type, and Remove. */
const PrizeEditor = ({
  index,
  row,
  window,
  errorOf,
  disabled,
  onChange,
  onRemove,
}: {
  index: number
  row: PrizeRow
  window: { starts_at: Date | null; ends_at: Date | null }
  errorOf: (field: string) => string | undefined
  disabled: boolean
  onChange: (patch: Partial<PrizeRow>) => void
  onRemove: () => void
}) => {
  const at = `prizes.${index}`
  const field = (name: string) => ({ field: `${at}.${name}`, id: domId(`${at}.${name}`), error: errorOf(`${at}.${name}`) })
  const amount = field("amount")
  const coupon = field("coupon_id")
  const currency = field("currency_code")
  const type = field("type")
  const label = PRIZE_TYPE_LABELS[row.type]
  return (
    <div className="flex flex-col gap-y-3 rounded-lg border px-4 py-3" role="group" aria-label={`Prize ${index + 1}: ${label}`} data-testid={`gift-prize-editor-${row.type}`}>
      <div className="flex items-center justify-between gap-x-2">
        <Text size="small" weight="plus">
          {index + 1}. {label}
        </Text>
        <IconButton type="button" size="small" variant="transparent" aria-label={`Remove the ${label.toLowerCase()} prize`} disabled={disabled} onClick={onRemove}>
          <Trash />
        </IconButton>
      </div>
      {row.type === "points" && (
        <FormField id={amount.id} label="Points" error={amount.error} help="Added to the new member's points account.">
          <Input
            id={amount.id}
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            value={row.amount}
            disabled={disabled}
            aria-invalid={!!amount.error}
            aria-describedby={`${amount.id}_error`}
            onChange={(e) => onChange({ amount: e.target.value })}
          />
        </FormField>
      )}
      {(row.type === "coupon" || row.type === "free_shipping") && (
        <FormField
          id={coupon.id}
          label={row.type === "free_shipping" ? "Free-shipping coupon" : "Coupon"}
          error={coupon.error}
          help="Each new member gets their own code, valid the coupon's number of days from the sign-up."
        >
          <GiftCouponPicker
            id={coupon.id}
            type={row.type}
            window={window}
            value={row.coupon_id}
            onChange={(id) => onChange({ coupon_id: id })}
            invalid={!!coupon.error}
            disabled={disabled}
          />
        </FormField>
      )}
      {row.type === "store_credit" && (
        <div className="grid gap-4 md:grid-cols-2">
          <FormField id={amount.id} label="Amount" error={amount.error} help="Store credit on the new member's account.">
            <Input
              id={amount.id}
              type="number"
              min={0}
              step="any"
              value={row.amount}
              disabled={disabled}
              aria-invalid={!!amount.error}
              aria-describedby={`${amount.id}_error`}
              onChange={(e) => onChange({ amount: e.target.value })}
            />
          </FormField>
          <FormField id={currency.id} label="Currency" error={currency.error}>
            <CurrencySelect id={currency.id} value={row.currency_code} onChange={(code) => onChange({ currency_code: code })} disabled={disabled} invalid={!!currency.error} />
          </FormField>
        </div>
      )}
      <FieldError field={type.id} error={type.error} />
    </div>
  )
}
