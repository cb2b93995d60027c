import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { ExchangeOfferInput, OfferCompliance } from "../../types/points"
import { ListResponse, PageParams, pointsKey } from "./use-points"

// Exchange offers (POINTS-4, POINTS-5).

/** An exchange offer as the admin API answers it (`toOffer`). */
export interface AdminExchangeOffer {
  id: string
  name: string
  /** The plugin coupon the offer issues codes of. */
  coupon_id: string
  face_value: number
  /** Minimum spend; 0: none. */
  threshold: number
  currency_code: string
  points_cost: number
  stock: number
  exchanged_count: number
  stock_left: number
  per_customer_limit: number | null
  valid_days: number
  starts_at: string | null
  ends_at: string | null
  compliance: OfferCompliance
  /** Why a free coupon beats the offer (POINTS-5), while non-compliant. */
  non_compliant_reason: string | null
  rival_coupon_id: string | null
  created_at: string
}

const offersKey = [...pointsKey, "offers"] as const

/** POST /admin/coupon-marketing/exchange-offers/:id accepts these (currency and validity are fixed). */
export type ExchangeOfferUpdate = Partial<
  Pick<ExchangeOfferInput, "name" | "face_value" | "threshold" | "points_cost" | "stock" | "per_customer_limit" | "starts_at" | "ends_at">
>

/** GET /admin/coupon-marketing/exchange-offers, one page (newest first). */
export function useExchangeOffers(params: PageParams) {
  return useQuery({
    queryKey: [...offersKey, "list", params],
    queryFn: () =>
      sdk.client.fetch<ListResponse & { exchange_offers: AdminExchangeOffer[]; denominations: number[] }>("/admin/coupon-marketing/exchange-offers", {
        query: { limit: params.limit, offset: params.offset },
      }),
    placeholderData: keepPreviousData,
  })
}

/** POST /admin/coupon-marketing/exchange-offers → 201 `{ exchange_offer }` */
export function useCreateExchangeOffer() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ExchangeOfferInput) =>
      sdk.client.fetch<{ exchange_offer: AdminExchangeOffer }>("/admin/coupon-marketing/exchange-offers", {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: offersKey }),
  })
}

/** POST /admin/coupon-marketing/exchange-offers/:id → `{ exchange_offer }` (a fixed offer becomes compliant). */
export function useUpdateExchangeOffer(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ExchangeOfferUpdate) =>
      sdk.client.fetch<{ exchange_offer: AdminExchangeOffer }>(`/admin/coupon-marketing/exchange-offers/${id}`, {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: offersKey }),
  })
}

/** DELETE /admin/coupon-marketing/exchange-offers/:id: withdraws the offer; coupons already exchanged stay valid. */
export function useDeleteExchangeOffer() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ id: string; object: string; deleted: boolean }>(`/admin/coupon-marketing/exchange-offers/${id}`, {
        method: "DELETE",
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: offersKey }),
  })
}
