import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminCustomerFollowerResponse, AdminFollowersResponse } from "../../types/followers"

export type { AdminFollower, AdminFollowersResponse, AdminCustomerFollowerResponse } from "../../types/followers"

export const followersKey = ["coupon-marketing", "followers"] as const

/** The follower list's filters as the API takes them (days `YYYY-MM-DD` in the store's zone). */
export interface FollowerQuery {
  q?: string
  followed_from?: string
  followed_to?: string
  consent?: "email" | "feed" | "push" | "none"
  limit: number
  offset: number
}

/** Drops empty filters (the API refuses an empty string for a date). */
export function followerQuery(query: FollowerQuery): Record<string, string | number> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "")) as Record<string, string | number>
}

/** GET /admin/coupon-marketing/followers (PUSH-1). */
export function useFollowers(query: FollowerQuery) {
  return useQuery({
    queryKey: [...followersKey, "list", query],
    queryFn: () => sdk.client.fetch<AdminFollowersResponse>("/admin/coupon-marketing/followers", { query: followerQuery(query) }),
    placeholderData: keepPreviousData,
  })
}

/** GET /admin/coupon-marketing/followers/:customer_id: one customer's follow and consent. */
export function useCustomerFollower(customerId: string | null | undefined) {
  return useQuery({
    queryKey: [...followersKey, "customer", customerId ?? ""],
    queryFn: () => sdk.client.fetch<AdminCustomerFollowerResponse>(`/admin/coupon-marketing/followers/${customerId}`),
    select: (data) => data.follower,
    enabled: !!customerId,
  })
}

/** A picked calendar day (the date picker's local date) as `YYYY-MM-DD`. */
export function calendarDay(date: Date | null | undefined): string | undefined {
  if (!date) return undefined
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
