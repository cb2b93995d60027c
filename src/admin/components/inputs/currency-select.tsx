import { Hint, Select } from "@medusajs/ui"
import { StoreCurrency, useStoreCurrencies } from "../../hooks/use-stores"
import { errorMessage } from "../../lib/sdk"

/** The store's default currency (else its first), or "" while they load. */
export function defaultCurrencyOf(currencies: readonly StoreCurrency[] | undefined): string {
  if (!currencies?.length) return ""
  return (currencies.find((c) => c.is_default) ?? currencies[0]).currency_code
}

/**
 * The store's supported currencies (Medusa's GET /admin/stores), the default one first and
 * marked. A value the store no longer supports stays shown (an old coupon's or offer's).
 * Labelled by `#<id>_label` (a `FormField`'s label).
 */
export const CurrencySelect = ({
  id = "currency_code",
  value,
  onChange,
  disabled,
  invalid,
}: {
  id?: string
  value: string
  onChange: (code: string) => void
  disabled?: boolean
  invalid?: boolean
}) => {
  const currencies = useStoreCurrencies()
  const known = currencies.data?.some((c) => c.currency_code === value)
  return (
    <>
      <Select value={value || undefined} onValueChange={onChange} disabled={disabled}>
        <Select.Trigger id={id} aria-labelledby={`${id}_label`} aria-invalid={invalid}>
          <Select.Value placeholder={currencies.isLoading ? "Loading currencies…" : "Choose a currency"} />
        </Select.Trigger>
        <Select.Content>
          {(currencies.data ?? []).map((c) => (
            <Select.Item key={c.currency_code} value={c.currency_code}>
              {c.currency_code.toUpperCase()}
              {c.is_default ? " (default)" : ""}
            </Select.Item>
          ))}
          {value && !known && <Select.Item value={value}>{value.toUpperCase()}</Select.Item>}
        </Select.Content>
      </Select>
      {currencies.isError && <Hint variant="error">Could not load the store's currencies: {errorMessage(currencies.error)}</Hint>}
    </>
  )
}
