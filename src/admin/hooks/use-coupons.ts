import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  BenefitType,
  CodeMode,
  ConditionType,
  CouponAudience,
  CouponInput,
  CouponStatus,
  ValidityType,
} from "../../types/coupons"

/** A coupon as the admin API answers it (`toAdminCoupon`): its policy, derived status and live usage. */
export interface AdminCoupon {
  id: string
  name: string
  audience: CouponAudience
  code_mode: CodeMode
  code: string | null
  customer_group_id: string | null
  validity_type: ValidityType
  starts_at: string | null
  ends_at: string | null
  valid_days: number | null
  benefit_type: BenefitType
  benefit_value: number | null
  gift_variant_id: string | null
  currency_code: string
  condition_type: ConditionType
  condition_value: number | null
  category_ids: string[]
  per_customer_limit: number | null
  total_limit: number | null
  promotion_id: string | null
  status: CouponStatus
  /** COUPON-20: every use counts (the same shopper twice = 2). */
  uses: number
  created_at?: string
  updated_at?: string
}

export interface AdminCouponListParams {
  limit: number
  offset: number
  q?: string
  status?: CouponStatus
}

export interface AdminCouponListResponse {
  coupons: AdminCoupon[]
  count: number
  offset: number
  limit: number
}

/** POST /admin/coupon-marketing/coupons/:id accepts only what COUPON-17 lets change. */
export type AdminCouponUpdate = Partial<
  Pick<
    CouponInput,
    | "name"
    | "starts_at"
    | "ends_at"
    | "benefit_type"
    | "benefit_value"
    | "gift_variant_id"
    | "condition_type"
    | "condition_value"
    | "category_ids"
    | "per_customer_limit"
    | "total_limit"
  >
>

const couponsKey = ["coupon-marketing", "coupons"] as const
const listKey = (params: AdminCouponListParams) => [...couponsKey, "list", params] as const
const detailKey = (id: string) => [...couponsKey, "detail", id] as const

/** GET /admin/coupon-marketing/coupons, one page; the previous page stays shown while the next loads. */
export function useCoupons(params: AdminCouponListParams) {
  return useQuery({
    queryKey: listKey(params),
    queryFn: () =>
      sdk.client.fetch<AdminCouponListResponse>("/admin/coupon-marketing/coupons", {
        query: {
          limit: params.limit,
          offset: params.offset,
          ...(params.q ? { q: params.q } : {}),
          ...(params.status ? { status: params.status } : {}),
        },
      }),
    placeholderData: keepPreviousData,
  })
}

/** GET /admin/coupon-marketing/coupons/:id */
export function useCoupon(id: string | undefined) {
  return useQuery({
    queryKey: detailKey(id ?? ""),
    queryFn: () => sdk.client.fetch<{ coupon: AdminCoupon }>(`/admin/coupon-marketing/coupons/${id}`),
    select: (data) => data.coupon,
    enabled: !!id,
  })
}

/** POST /admin/coupon-marketing/coupons → 201 `{ coupon }` */
export function useCreateCoupon() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CouponInput) =>
      sdk.client.fetch<{ coupon: AdminCoupon }>("/admin/coupon-marketing/coupons", { method: "POST", body }),
    onSuccess: async (data) => {
      queryClient.setQueryData(detailKey(data.coupon.id), data)
      await queryClient.invalidateQueries({ queryKey: [...couponsKey, "list"] })
    },
  })
}

/** POST /admin/coupon-marketing/coupons/:id (COUPON-17) → `{ coupon }` */
export function useUpdateCoupon(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AdminCouponUpdate) =>
      sdk.client.fetch<{ coupon: AdminCoupon }>(`/admin/coupon-marketing/coupons/${id}`, { method: "POST", body }),
    onSuccess: async (data) => {
      queryClient.setQueryData(detailKey(id), data)
      await queryClient.invalidateQueries({ queryKey: [...couponsKey, "list"] })
    },
  })
}

/** DELETE /admin/coupon-marketing/coupons/:id (COUPON-18: its codes stop working at once). */
export function useDeleteCoupon() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ id: string; object: "coupon"; deleted: boolean }>(`/admin/coupon-marketing/coupons/${id}`, {
        method: "DELETE",
      }),
    onSuccess: async (_data, id) => {
      queryClient.removeQueries({ queryKey: detailKey(id) })
      await queryClient.invalidateQueries({ queryKey: [...couponsKey, "list"] })
    },
  })
}

// ---------------------------------------------------------------------------------------------
// The host's records the coupon form chooses from (Medusa's own admin API).

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

export interface CategoryOption {
  id: string
  name: string
  /** "Tea / Green tea": the names of its ancestors and its own. */
  path: string
}

/** GET /admin/product-categories?limit=100: the categories a coupon may target (COUPON-12). */
export function useProductCategories() {
  return useQuery({
    queryKey: ["coupon-marketing", "product-categories"],
    queryFn: () =>
      sdk.client.fetch<{ product_categories: { id: string; name: string; parent_category_id: string | null }[] }>(
        "/admin/product-categories",
        { query: { limit: 100, fields: "id,name,parent_category_id" } }
      ),
    select: (data): CategoryOption[] => {
      const byId = new Map(data.product_categories.map((c) => [c.id, c]))
      const pathOf = (id: string): string => {
        const names: string[] = []
        const seen = new Set<string>()
        for (let c = byId.get(id); c && !seen.has(c.id); c = c.parent_category_id ? byId.get(c.parent_category_id) : undefined) {
          seen.add(c.id)
          names.unshift(c.name)
        }
        return names.join(" / ")
      }
      return data.product_categories
        .map((c) => ({ id: c.id, name: c.name, path: pathOf(c.id) }))
        .sort((a, b) => a.path.localeCompare(b.path))
    },
    staleTime: 60 * 1000,
  })
}
