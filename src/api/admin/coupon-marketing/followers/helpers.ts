import type { MedusaContainer } from "@medusajs/framework/types"
import { COUPON_MARKETING_MODULE } from "../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../modules/coupon-marketing/service"
import { followDateRange, isEmailVerified } from "../../../../modules/coupon-marketing/domain/followers"
import type { FollowerFilters } from "../../../../modules/coupon-marketing/types/followers"
import { customerName, customersByIds, searchCustomerIds } from "../../../../workflows/followers/utils/customer"
import type { AdminFollower } from "../../../../types/followers"
import type { AdminExportFollowersType } from "./validators"

/** The query's filters for the service: the search resolved to customer ids, the days to instants in the store's zone. */
export async function followerFilters(scope: MedusaContainer, query: AdminExportFollowersType): Promise<FollowerFilters> {
  const service = scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const range = followDateRange(query.followed_from, query.followed_to, service.getOptions().timezone)
  return {
    ...(query.q ? { customer_ids: await searchCustomerIds(scope, query.q) } : {}),
    followed_gte: range.gte,
    followed_lt: range.lt,
    consent: query.consent,
  }
}

/** A page of followers with their names, addresses, verification and consent. */
export async function followerPage(scope: MedusaContainer, filters: FollowerFilters, page: { limit: number; offset: number }) {
  const service = scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const { rows, count } = await service.listFollowers(filters, page)
  const customers = await customersByIds(scope, rows.map((r) => r.customer_id))
  const now = new Date()
  const followers: AdminFollower[] = rows.map((r) => {
    const c = customers[r.customer_id]
    const p = r.preference
    return {
      id: r.id,
      customer_id: r.customer_id,
      name: customerName(c),
      email: c?.email ?? null,
      followed_at: r.followed_at,
      follow_count: r.follow_count,
      email_verified: isEmailVerified({ email: c?.email ?? null, preference: p }, now),
      consent: { email: p ? p.email !== false : true, feed: p ? p.feed !== false : true, push: p ? p.push !== false : true },
      unsubscribed_at: p?.unsubscribed_at ?? null,
    }
  })
  return { followers, count }
}
