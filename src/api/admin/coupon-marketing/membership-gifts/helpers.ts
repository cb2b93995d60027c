import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../modules/coupon-marketing/service"
import { adminGiftView, prizeCoupons } from "../../../../workflows/gifts/utils/views"
import type { AdminMembershipGift, AdminMembershipGiftStats, GiftStatsDay } from "../../../../types/http/gifts"
import { giftStatus, newMembersFrom } from "../../../../modules/coupon-marketing/domain/gifts"

export const giftService = (c: MedusaContainer) => c.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)

/** The activity as the admin shows it; 404 when there is none. */
export async function adminGiftById(container: MedusaContainer, id: string): Promise<AdminMembershipGift<Date>> {
  const row = await giftService(container).getGiftActivity(id)
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Membership gift with id: ${id} was not found`)
  return adminGiftView(row, await prizeCoupons(container, [row]), new Date())
}

type HostSql = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: { date: string; n: number }[] }> }

/**
 * GIFT-6: new members (customers created with an account) in the activity's window — from its
 * start, or its creation when that was later (newMembersFrom) — up to its
 * close or now, grants per prize, gift-code uses and their revenue; by day in the store's zone.
 */
export async function giftStats(container: MedusaContainer, id: string): Promise<AdminMembershipGiftStats> {
  const service = giftService(container)
  const activity = await service.getGiftActivity(id)
  if (!activity) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Membership gift with id: ${id} was not found`)
  const { grants, uses, timezone } = await service.giftActivityStats(id)
  const now = new Date()
  const ends = new Date(Math.min(activity.ends_at.getTime(), activity.closed_at?.getTime() ?? Infinity, now.getTime()))
  let members: { date: string; n: number }[] = []
  const from = newMembersFrom(activity)
  if (giftStatus(activity, activity.starts_at) !== "draft" && ends > from) {
    const sql = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as HostSql
    const { rows } = await sql.raw(
      `select to_char(created_at at time zone ?, 'YYYY-MM-DD') as date, count(*)::int as n from customer
        where has_account = true and deleted_at is null and created_at >= ? and created_at < ? group by 1 order by 1`,
      [timezone, from, ends]
    )
    members = rows
  }
  const days = new Map<string, GiftStatsDay>()
  const day = (date: string) => days.get(date) ?? days.set(date, { date, new_members: 0, grants: 0, coupon_uses: 0, revenue: 0 }).get(date)!
  for (const m of members) day(m.date).new_members += m.n
  for (const g of grants.days) day(g.date).grants += g.n
  const revenue: Record<string, number> = {}
  for (const u of uses) {
    const d = day(u.date)
    d.coupon_uses += u.uses
    d.revenue += Number(u.revenue)
    revenue[u.currency_code] = (revenue[u.currency_code] ?? 0) + Number(u.revenue)
  }
  const sorted = [...days.values()].sort((a, b) => a.date.localeCompare(b.date))
  return {
    id,
    timezone,
    new_members: members.reduce((s, m) => s + m.n, 0),
    grants: grants.days.reduce((s, g) => s + g.n, 0),
    grants_per_prize: grants.perPrize,
    coupon_uses: uses.reduce((s, u) => s + u.uses, 0),
    revenue,
    days: sorted,
  }
}
