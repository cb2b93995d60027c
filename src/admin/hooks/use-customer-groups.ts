import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

/** Medusa's customer groups (its own admin API): the segments coupons target and codes are issued to. */

export interface CustomerGroupOption {
  id: string
  name: string
}

/** GET /admin/customer-groups: the segments a coupon may target (COUPON-4). */
export function useCustomerGroups(enabled = true) {
  return useQuery({
    queryKey: ["coupon-marketing", "customer-groups"],
    queryFn: () =>
      sdk.client.fetch<{ customer_groups: CustomerGroupOption[] }>("/admin/customer-groups", {
        query: { limit: 100, fields: "id,name" },
      }),
    select: (data) => [...data.customer_groups].sort((a, b) => a.name.localeCompare(b.name)),
    enabled,
    staleTime: 60 * 1000,
  })
}

/** GET /admin/customer-groups?q: one page of groups matching a search (the issue-codes picker). */
export function useCustomerGroupSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: ["coupon-marketing", "customer-groups", "search", q],
    queryFn: () =>
      sdk.client.fetch<{ customer_groups: CustomerGroupOption[]; count: number }>("/admin/customer-groups", {
        query: { limit: 20, offset: 0, fields: "id,name", ...(q ? { q } : {}) },
      }),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 30 * 1000,
  })
}

/** GET /admin/customer-groups/:id: a segment coupon's group, by name. */
export function useCustomerGroup(id: string | null | undefined) {
  return useQuery({
    queryKey: ["coupon-marketing", "customer-groups", "detail", id ?? ""],
    queryFn: () =>
      sdk.client.fetch<{ customer_group: CustomerGroupOption }>(`/admin/customer-groups/${id}`, {
        query: { fields: "id,name" },
      }),
    select: (data) => data.customer_group,
    enabled: !!id,
    staleTime: 60 * 1000,
  })
}
