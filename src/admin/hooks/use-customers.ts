import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

/** Medusa's customers (its own admin API): the pickers of the coupon and points pages. */

export interface CustomerOption {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}

/** "Hanako Sato <hanako@example.com>", or the email alone. */
export function customerLabel(customer: CustomerOption): string {
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return name ? `${name} <${customer.email}>` : customer.email
}

/** GET /admin/customers?q: one page of customers matching a search (the issue-codes picker). */
export function useCustomerSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: ["coupon-marketing", "customers", "search", q],
    queryFn: () =>
      sdk.client.fetch<{ customers: CustomerOption[]; count: number }>("/admin/customers", {
        query: { limit: 20, offset: 0, fields: "id,email,first_name,last_name", ...(q ? { q } : {}) },
      }),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 30 * 1000,
  })
}
