import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { CouponInput } from "../../types/coupons"

// The routes' own shapes (src/types/http/coupons.ts), dates as the JSON carries them.
export type { AdminCoupon, AdminCouponListParams, AdminCouponListResponse } from "../../types/http/coupons"
export type { AdminUpdateCoupon as AdminCouponUpdate } from "../../types/http/coupons"
import type { AdminCoupon, AdminCouponListParams, AdminCouponListResponse, AdminUpdateCoupon as AdminCouponUpdate } from "../../types/http/coupons"

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
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [...couponsKey, "list"] }),
        queryClient.invalidateQueries({ queryKey: [...couponsKey, "by-promotion"] }),
      ])
    },
  })
}

/**
 * The coupon that owns a Medusa promotion (GET /admin/coupon-marketing/coupons?promotion_id=…),
 * or null when the promotion is not a plugin coupon (the promotion page's widget).
 */
export function useCouponOfPromotion(promotionId: string | undefined) {
  return useQuery({
    queryKey: [...couponsKey, "by-promotion", promotionId ?? ""],
    queryFn: () =>
      sdk.client.fetch<AdminCouponListResponse>("/admin/coupon-marketing/coupons", {
        query: { promotion_id: promotionId, limit: 1, offset: 0 },
      }),
    select: (data): AdminCoupon | null => data.coupons[0] ?? null,
    enabled: !!promotionId,
  })
}

/** Who gets individual codes: picked customers, a customer group, or (`{}`) the coupon's own audience. */
export type IssueCodesTarget = { customer_ids: string[] } | { customer_group_id: string } | Record<string, never>

export interface IssueCodesResult {
  /** New codes. */
  issued: number
  /** Customers who already held a code of this coupon. */
  skipped: number
}

/** POST /admin/coupon-marketing/coupons/:id/codes (COUPON-5) → `{ issued, skipped }`; the coupon is read again. */
export function useIssueCouponCodes(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: IssueCodesTarget) =>
      sdk.client.fetch<IssueCodesResult>(`/admin/coupon-marketing/coupons/${id}/codes`, { method: "POST", body }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: detailKey(id) }),
        queryClient.invalidateQueries({ queryKey: [...couponsKey, "list"] }),
        queryClient.invalidateQueries({ queryKey: [...couponsKey, "by-promotion"] }),
      ])
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
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [...couponsKey, "list"] }),
        queryClient.invalidateQueries({ queryKey: [...couponsKey, "by-promotion"] }),
      ])
    },
  })
}

// ---------------------------------------------------------------------------------------------
// The order page's widget.

/** The plugin coupon an order used (GET /admin/coupon-marketing/orders/:id/coupon). */
export interface AdminOrderCouponUse {
  id: string
  coupon_id: string
  /** Null when the coupon was purged (COUPON-19). */
  coupon_name: string | null
  code: string
  eligible_total: number
  discount_total: number
  currency_code: string
  /** Set once the order was cancelled and the use given back (COUPON-21). */
  released_at: string | null
  created_at: string
}

/** What Medusa's order summary shows beside the widget (its "Discount" is `discount_total`). */
export interface AdminOrderDiscount {
  discount_total: number
  discount_subtotal: number
  discount_tax_total: number
  /** Whether the order's prices include tax. */
  tax_inclusive: boolean
  /** The other promotions' adjustments, in the prices' basis. */
  other_promotions_total: number
  other_promotion_codes: string[]
}

export function useOrderCouponUse(orderId: string | undefined) {
  return useQuery({
    queryKey: ["coupon-marketing", "order-coupon", orderId ?? ""],
    queryFn: () =>
      sdk.client.fetch<{ coupon_use: AdminOrderCouponUse | null; order_discount?: AdminOrderDiscount | null }>(
        `/admin/coupon-marketing/orders/${orderId}/coupon`
      ),
    select: (data) => (data.coupon_use ? { ...data.coupon_use, order_discount: data.order_discount ?? null } : null),
    enabled: !!orderId,
  })
}

// ---------------------------------------------------------------------------------------------
// The exchange offers a coupon would hide (POINTS-5).

/** An exchange offer that saving the coupon would make non-compliant, and why. */
export interface AdminCouponOfferImpact {
  id: string
  name: string
  message: string
}

/**
 * POST /admin/coupon-marketing/coupons/offer-impact (read-only): the exchange offers this
 * coupon (new, or `coupon_id` with its changes) would hide from shoppers. `body` null: no question.
 */
export function useCouponOfferImpact(body: (Partial<CouponInput> & { coupon_id?: string }) | null) {
  return useQuery({
    queryKey: [...couponsKey, "offer-impact", body],
    queryFn: () =>
      sdk.client.fetch<{ offers: AdminCouponOfferImpact[] }>("/admin/coupon-marketing/coupons/offer-impact", {
        method: "POST",
        body,
      }),
    select: (data) => data.offers,
    enabled: !!body,
    placeholderData: keepPreviousData,
    staleTime: 10 * 1000,
    retry: false,
  })
}
