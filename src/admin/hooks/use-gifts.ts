import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  AdminMembershipGift,
  AdminMembershipGiftListResponse,
  AdminMembershipGiftResponse,
  AdminMembershipGiftStatsResponse,
  GiftPrize,
} from "../../types/http/gifts"
import type { AdminCoupon, AdminCouponListResponse } from "../../types/http/coupons"

/**
 * Membership sign-up gifts (SPEC §4, GIFT-1 to GIFT-6): the admin's calls to
 * /admin/coupon-marketing/membership-gifts, shaped as the gift API contract answers them.
 */

export type { AdminMembershipGift, AdminMembershipGiftStats, GiftPrize, GiftPrizeType, GiftPrizeView, GiftStatus } from "../../types/http/gifts"

/** The body of POST /membership-gifts and POST /membership-gifts/:id (the whole activity again). */
export interface SaveGiftBody {
  name: string
  starts_at: string
  ends_at: string
  draft: boolean
  prizes: GiftPrize[]
}

export const giftsKey = ["coupon-marketing", "membership-gifts"] as const
const BASE = "/admin/coupon-marketing/membership-gifts"
export const GIFTS_PATH = "/coupon-marketing/membership-gift"

/** A gift still able to grant: its page refreshes its figures. */
export const isGiftLive = (status: string | undefined) => status === "scheduled" || status === "active"

/** GET /admin/coupon-marketing/membership-gifts?limit&offset (GIFT-6): the activities, latest start first, and whether store credit can be offered. */
export function useGifts(query: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...giftsKey, "list", query],
    queryFn: () => sdk.client.fetch<AdminMembershipGiftListResponse>(BASE, { query }),
    placeholderData: keepPreviousData,
  })
}

/** GIFT-2: whether the store can offer store credit, and why not (the list route says it). */
export function useGiftStoreCredit() {
  return useQuery({
    queryKey: [...giftsKey, "list", { limit: 1, offset: 0 }],
    queryFn: () => sdk.client.fetch<AdminMembershipGiftListResponse>(BASE, { query: { limit: 1, offset: 0 } }),
    select: (data) => data.store_credit,
    staleTime: 60 * 1000,
  })
}

/**
 * GET /admin/coupon-marketing/membership-gifts/:id; with `refreshMs` (the gift's page), read again
 * every so often while it can still grant (its status and grant count move).
 */
export function useGift(id: string | undefined, refreshMs?: number) {
  return useQuery({
    queryKey: [...giftsKey, "detail", id ?? ""],
    queryFn: () => sdk.client.fetch<AdminMembershipGiftResponse>(`${BASE}/${id}`),
    select: (data) => data.membership_gift,
    enabled: !!id,
    refetchInterval: (query) => (refreshMs && isGiftLive(query.state.data?.membership_gift.status) ? refreshMs : false),
  })
}

/** GET /admin/coupon-marketing/membership-gifts/:id/stats (GIFT-6), refreshed while the gift can still grant. */
export function useGiftStats(id: string | undefined, live: boolean, refreshMs = 10000) {
  return useQuery({
    queryKey: [...giftsKey, "stats", id ?? ""],
    queryFn: () => sdk.client.fetch<AdminMembershipGiftStatsResponse>(`${BASE}/${id}/stats`),
    select: (data) => data.stats,
    enabled: !!id,
    refetchInterval: live ? refreshMs : false,
  })
}

/** POST /admin/coupon-marketing/membership-gifts → 201 `{ membership_gift }` */
export function useCreateGift() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SaveGiftBody) => sdk.client.fetch<AdminMembershipGiftResponse>(BASE, { method: "POST", body }),
    onSuccess: async (data) => {
      queryClient.setQueryData([...giftsKey, "detail", data.membership_gift.id], data)
      await queryClient.invalidateQueries({ queryKey: [...giftsKey, "list"] })
    },
  })
}

/** POST /admin/coupon-marketing/membership-gifts/:id → `{ membership_gift }` (a closed or ended gift is refused). */
export function useUpdateGift(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SaveGiftBody) => sdk.client.fetch<AdminMembershipGiftResponse>(`${BASE}/${id}`, { method: "POST", body }),
    onSuccess: async (data) => {
      queryClient.setQueryData([...giftsKey, "detail", id], data)
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [...giftsKey, "list"] }),
        queryClient.invalidateQueries({ queryKey: [...giftsKey, "stats", id] }),
      ])
    },
  })
}

/** POST /admin/coupon-marketing/membership-gifts/:id/close `{ confirm: true }` (GIFT-6: no grant from this moment). */
export function useCloseGift(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.client.fetch<AdminMembershipGiftResponse>(`${BASE}/${id}/close`, { method: "POST", body: { confirm: true } }),
    onSuccess: async (data) => {
      queryClient.setQueryData([...giftsKey, "detail", id], data)
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [...giftsKey, "list"] }),
        queryClient.invalidateQueries({ queryKey: [...giftsKey, "stats", id] }),
      ])
    },
  })
}

/** The most coupons of one status the picker reads (the coupons route answers at most 100 a page). */
const COUPONS_PER_STATUS = 100

/**
 * GIFT-3: the coupons a gift prize could use — scheduled or active (an ended coupon can give no
 * more codes), searched by name or code; the picker keeps the compliant ones (`giftCouponProblem`).
 */
export function useGiftCouponCandidates(q: string) {
  return useQuery({
    queryKey: ["coupon-marketing", "coupons", "gift-candidates", q],
    queryFn: async (): Promise<AdminCoupon[]> => {
      const pages = await Promise.all(
        (["active", "scheduled"] as const).map((status) =>
          sdk.client.fetch<AdminCouponListResponse>("/admin/coupon-marketing/coupons", {
            query: { status, limit: COUPONS_PER_STATUS, offset: 0, ...(q ? { q } : {}) },
          })
        )
      )
      return pages.flatMap((p) => p.coupons)
    },
    placeholderData: keepPreviousData,
    staleTime: 30 * 1000,
  })
}
