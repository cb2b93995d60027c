import type { MedusaContainer } from "@medusajs/framework/types"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { giftStatus, prizeView, type GiftCouponWords } from "../../../modules/coupon-marketing/domain/gifts"
import { sendAtLabel } from "../../../modules/coupon-marketing/domain/pushes/schedule"
import type { GiftActivityRow } from "../../../modules/coupon-marketing/types/gifts"
import type { AdminMembershipGift, GiftPrizeView, StoreMembershipGift } from "../../../types/http/gifts"

const service = (c: MedusaContainer) => c.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)

/** The coupons of the activities' prizes, by id. */
export async function prizeCoupons(container: MedusaContainer, activities: Pick<GiftActivityRow, "prizes">[]): Promise<Map<string, GiftCouponWords>> {
  const ids = [...new Set(activities.flatMap((a) => a.prizes.flatMap((p) => ("coupon_id" in p ? [p.coupon_id] : []))))]
  return new Map((await service(container).listGiftCoupons(ids)).map((c) => [c.id, c]))
}

export function prizeViews(activity: Pick<GiftActivityRow, "prizes">, coupons: Map<string, GiftCouponWords>): GiftPrizeView[] {
  return activity.prizes.map((p) => prizeView(p, coupons))
}

export function adminGiftView(a: GiftActivityRow & { grants?: number }, coupons: Map<string, GiftCouponWords>, now: Date): AdminMembershipGift<Date> {
  return {
    id: a.id,
    name: a.name,
    status: giftStatus(a, now),
    starts_at: a.starts_at,
    ends_at: a.ends_at,
    closed_at: a.closed_at,
    draft: a.draft,
    prizes: a.prizes,
    prize_views: prizeViews(a, coupons),
    grants: a.grants ?? 0,
    created_at: a.created_at,
    updated_at: a.updated_at,
  }
}

export function storeGiftView(a: GiftActivityRow, coupons: Map<string, GiftCouponWords>, timeZone: string): StoreMembershipGift<Date> {
  return { id: a.id, name: a.name, starts_at: a.starts_at, ends_at: a.ends_at, ends_label: `Join by ${sendAtLabel(a.ends_at, timeZone)}`, prizes: prizeViews(a, coupons) }
}
