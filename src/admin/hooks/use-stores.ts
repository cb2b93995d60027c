import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

/** The store (Medusa's own admin API): its supported currencies, which the plugin's amounts use. */

export interface StoreCurrency {
  currency_code: string
  is_default: boolean
}

/** GET /admin/stores: the store's supported currencies, the default one first. */
export function useStoreCurrencies() {
  return useQuery({
    queryKey: ["coupon-marketing", "store-currencies"],
    queryFn: () =>
      sdk.client.fetch<{ stores: { id: string; supported_currencies?: StoreCurrency[] | null }[] }>("/admin/stores"),
    select: (data): StoreCurrency[] =>
      (data.stores[0]?.supported_currencies ?? [])
        .map((c) => ({ currency_code: c.currency_code, is_default: !!c.is_default }))
        .sort((a, b) => Number(b.is_default) - Number(a.is_default) || a.currency_code.localeCompare(b.currency_code)),
    staleTime: 5 * 60 * 1000,
  })
}
