import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  AdminCreateExchangeOffer,
  AdminExchangeOfferDeleteResponse,
  AdminExchangeOfferListResponse,
  AdminExchangeOfferResponse,
  AdminUpdateExchangeOffer,
  PageParams,
} from "../../types/http"
import { pointsKey } from "./use-points"

// Exchange offers (POINTS-4, POINTS-5). The HTTP shapes live in src/types/http (shared with the routes).

export type { AdminExchangeOffer } from "../../types/http"
/** POST /admin/coupon-marketing/exchange-offers/:id accepts these (currency and validity are fixed). */
export type ExchangeOfferUpdate = AdminUpdateExchangeOffer

const offersKey = [...pointsKey, "offers"] as const

/** GET /admin/coupon-marketing/exchange-offers, one page (newest first). */
export function useExchangeOffers(params: PageParams) {
  return useQuery({
    queryKey: [...offersKey, "list", params],
    queryFn: () =>
      sdk.client.fetch<AdminExchangeOfferListResponse>("/admin/coupon-marketing/exchange-offers", {
        query: { limit: params.limit, offset: params.offset },
      }),
    placeholderData: keepPreviousData,
  })
}

/** POST /admin/coupon-marketing/exchange-offers → 201 `{ exchange_offer }` */
export function useCreateExchangeOffer() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AdminCreateExchangeOffer) =>
      sdk.client.fetch<AdminExchangeOfferResponse>("/admin/coupon-marketing/exchange-offers", {
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
    mutationFn: (body: AdminUpdateExchangeOffer) =>
      sdk.client.fetch<AdminExchangeOfferResponse>(`/admin/coupon-marketing/exchange-offers/${id}`, {
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
      sdk.client.fetch<AdminExchangeOfferDeleteResponse>(`/admin/coupon-marketing/exchange-offers/${id}`, {
        method: "DELETE",
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: offersKey }),
  })
}
