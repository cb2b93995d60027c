import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

/**
 * Coupon pushes (SPEC §2, PUSH-3 to PUSH-13): the admin's calls to
 * /admin/coupon-marketing/pushes, shaped as the push API contract answers them.
 */

import type {
  AdminCompensationOrder,
  AdminCompensationOrdersResponse,
  AdminPush as HttpAdminPush,
  AdminPushAudienceResponse,
  AdminPushCoupon,
  AdminPushesResponse as HttpAdminPushesResponse,
  AdminPushPreviewResponse,
  AdminPushSlotsResponse,
  PushAudience,
  PushBestItems,
  PushChannelValue,
  PushStatusValue,
  PushTypeValue,
} from "../../types/http/pushes"

export type { PushAudience, PushBestItems, PushChannelCounts } from "../../types/http/pushes"
export type PushType = PushTypeValue
export type PushStatus = PushStatusValue
export type PushChannel = PushChannelValue

export const PUSH_TYPES: PushType[] = ["advertising", "compensation", "direct"]
export const PUSH_STATUSES: PushStatus[] = ["scheduled", "sending", "sent", "cancelled", "failed"]
export const PUSH_CHANNELS: PushChannel[] = ["email", "feed", "push"]

// The routes' own shapes (src/types/http/pushes.ts), dates as the JSON carries them.
export type AdminPush = HttpAdminPush
export type AdminPushesResponse = HttpAdminPushesResponse
export type PushSlotsResponse = AdminPushSlotsResponse
export type PushSlot = PushSlotsResponse["slots"][number]["times"][number]
export type PushCouponOption = AdminPushCoupon
export type PushAudienceCount = AdminPushAudienceResponse
export type PushPreview = AdminPushPreviewResponse
export type CompensationOrder = AdminCompensationOrder
export type CompensationOrdersResponse = AdminCompensationOrdersResponse

/** The body of POST /pushes (and of POST /pushes/preview, where send_at is optional). */
export interface CreatePushBody {
  type: PushType
  coupon_id: string
  audience: PushAudience
  best_items: PushBestItems
  banner?: { url: string; link_url: string | null } | null
  send_at?: string
  channels?: PushChannel[]
}

export interface PushQuery {
  type?: PushType
  status?: PushStatus
  customer_id?: string
  limit: number
  offset: number
}

export const pushesKey = ["coupon-marketing", "pushes"] as const
const BASE = "/admin/coupon-marketing/pushes"

/** "Advertising", "Compensation", "Direct". */
export const pushTypeLabel = (type: PushType): string => ({ advertising: "Advertising", compensation: "Compensation", direct: "Direct" })[type] ?? type

/** "Email", "In-app", "Push". */
export const channelLabel = (channel: PushChannel): string => ({ email: "Email", feed: "In-app", push: "Push" })[channel] ?? channel

/** Drops empty filters. */
export function pushQuery(query: PushQuery): Record<string, string | number> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "")) as Record<string, string | number>
}

/** A push still on its way: its page refreshes its counts. */
export const isPushLive = (status: PushStatus | undefined) => status === "scheduled" || status === "sending"

/** GET /admin/coupon-marketing/pushes (PUSH-11): the records, filtered and paged. */
export function usePushes(query: PushQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...pushesKey, "list", query],
    queryFn: () => sdk.client.fetch<AdminPushesResponse>(BASE, { query: pushQuery(query) }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
    // A push on its way: its counts move, so the records refresh.
    refetchInterval: (q) => (q.state.data?.pushes.some((p) => p.status === "sending") ? 5000 : false),
  })
}

/** GET /admin/coupon-marketing/pushes/:id, refreshed every few seconds while it is scheduled or sending. */
export function usePush(id: string | undefined, refreshMs = 3000) {
  return useQuery({
    queryKey: [...pushesKey, "detail", id ?? ""],
    queryFn: () => sdk.client.fetch<{ push: AdminPush }>(`${BASE}/${id}`),
    select: (data) => data.push,
    enabled: !!id,
    refetchInterval: (query) => (isPushLive(query.state.data?.push.status) ? refreshMs : false),
  })
}

/**
 * GET /pushes/slots (PUSH-7, PUSH-8): tomorrow to 3 days ahead, with the quota. `type` (optional
 * for the API; advertising when left out) tells whether the 7-day quota applies: not to direct pushes.
 */
export function usePushSlots(type: PushType | null | undefined) {
  return useQuery({
    queryKey: [...pushesKey, "slots", type ?? ""],
    queryFn: () => sdk.client.fetch<PushSlotsResponse>(`${BASE}/slots`, { query: type ? { type } : {} }),
    staleTime: 15 * 1000,
  })
}

/** GET /pushes/coupons (PUSH-4): the coupons a push may carry. */
export function usePushCoupons() {
  return useQuery({
    queryKey: [...pushesKey, "coupons"],
    queryFn: () => sdk.client.fetch<{ coupons: PushCouponOption[] }>(`${BASE}/coupons`),
    select: (data) => data.coupons,
    staleTime: 30 * 1000,
  })
}

/**
 * POST /pushes/audience (PUSH-3): the live recipient count after consent, and why the others are
 * out. The coupon (optional) lets the count leave out those its audience does not allow.
 */
export function usePushAudienceCount(body: { type: PushType; audience: PushAudience; coupon_id?: string } | null) {
  return useQuery({
    queryKey: [...pushesKey, "audience", body],
    queryFn: () => sdk.client.fetch<PushAudienceCount>(`${BASE}/audience`, { method: "POST", body }),
    enabled: !!body,
    placeholderData: keepPreviousData,
    retry: false,
  })
}

/** POST /pushes/compensation-orders: an uploaded CSV/XLSX (multipart `file`) or pasted order numbers. */
export function useCompensationOrders() {
  return useMutation({
    mutationFn: async (input: { file: File } | { text: string }) => {
      if ("file" in input) {
        const form = new FormData()
        form.append("file", input.file)
        return sdk.client.fetch<CompensationOrdersResponse>(`${BASE}/compensation-orders`, {
          method: "POST",
          body: form,
          // Let the browser set the multipart boundary.
          headers: { "content-type": null as unknown as string },
        })
      }
      return sdk.client.fetch<CompensationOrdersResponse>(`${BASE}/compensation-orders`, { method: "POST", body: { text: input.text } })
    },
  })
}

/** POST /pushes/preview (PUSH-9): the exact email, in-app and push texts for a sample recipient. */
export function usePushPreview() {
  return useMutation({
    mutationFn: (body: CreatePushBody) => sdk.client.fetch<PushPreview>(`${BASE}/preview`, { method: "POST", body }),
  })
}

/** POST /pushes: schedules the push. */
export function useCreatePush() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreatePushBody) => sdk.client.fetch<{ push: AdminPush }>(BASE, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pushesKey }),
  })
}

/** POST /pushes/:id/cancel (PUSH-10). */
export function useCancelPush(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.client.fetch<{ push: AdminPush }>(`${BASE}/${id}/cancel`, { method: "POST" }),
    onSuccess: ({ push }) => {
      queryClient.setQueryData([...pushesKey, "detail", id], { push })
      return queryClient.invalidateQueries({ queryKey: [...pushesKey, "list"] })
    },
  })
}

/** POST /admin/uploads (Medusa's File Module, through the js-sdk): the banner image's url. */
export function useUploadBanner() {
  return useMutation({
    mutationFn: async (file: File) => {
      const { files } = await sdk.admin.upload.create({ files: [file] })
      const url = files[0]?.url
      if (!url) throw new Error("The upload answered no file address.")
      return url
    },
  })
}

/** GET /admin/products?q: products for the hand-picked best items. */
export function useProductSearch(q: string) {
  return useQuery({
    queryKey: ["coupon-marketing", "products", "product-search", q],
    queryFn: () => sdk.admin.product.list({ limit: 20, offset: 0, fields: "id,title,thumbnail,handle", ...(q ? { q } : {}) }),
    select: (data) => ({ products: data.products.map((p) => ({ id: p.id, title: p.title ?? p.id, thumbnail: p.thumbnail ?? null })), count: data.count }),
    placeholderData: keepPreviousData,
    staleTime: 30 * 1000,
  })
}

/** GET /admin/products?id=…: the hand-picked products by title. */
export function useProductsByIds(ids: string[]) {
  return useQuery({
    queryKey: ["coupon-marketing", "products", "by-ids", ids],
    queryFn: () => sdk.admin.product.list({ id: ids, limit: ids.length, fields: "id,title,thumbnail" }),
    select: (data) => data.products.map((p) => ({ id: p.id, title: p.title ?? p.id, thumbnail: p.thumbnail ?? null })),
    enabled: ids.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60 * 1000,
  })
}
