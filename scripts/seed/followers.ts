/**
 * Followers demo (PUSH-1, PUSH-2): customers 1–30 follow the store, their follow dates spread
 * over the last five months. 1–18 verified their email and consent to coupon messages (4 and 9
 * turned push off), 19–24 never verified, 25–30 verified and then unsubscribed from coupon
 * email by the emailed link; customer 31 followed and unfollowed (history only). Done with the
 * plugin's own methods (a real verification token, a real unsubscribe token). Idempotent: a
 * customer who follows, or who has a consent record, is left alone.
 */
import { COUPON_MARKETING_MODULE } from "../../src/modules/coupon-marketing"
import type CouponMarketingModuleService from "../../src/modules/coupon-marketing/service"
import { DAY_MS, type SeedContext, type SeededCustomer } from "./context"

const FOLLOWERS = 30

export async function ensureFollowers(ctx: SeedContext, customers: SeededCustomer[]): Promise<void> {
  const service = ctx.container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const now = Date.now()
  let created = 0
  for (const customer of customers.filter((c) => c.n <= FOLLOWERS + 1)) {
    if ((await service.getFollow(customer.id)) || (await service.getMessagePreference(customer.id))) continue
    // Customer 1 followed ~150 days ago, customer 30 ~3 days ago, at varied hours.
    const followedAt = new Date(now - Math.round((FOLLOWERS + 1 - customer.n) * 4.9 * DAY_MS) - (customer.n % 7) * 3_600_000)
    await service.followStore(customer.id, followedAt)
    const verified = customer.n <= 18 || customer.n >= 25
    if (verified) {
      const at = new Date(followedAt.getTime() + 3_600_000)
      const { token } = await service.createEmailVerification({ customer_id: customer.id, email: customer.email }, at)
      await service.confirmEmailVerification(token, null, at)
    }
    if (customer.n === 4 || customer.n === 9) await service.saveMessagePreference(customer.id, { push: false })
    if (customer.n >= 25 && customer.n <= FOLLOWERS) {
      await service.unsubscribeWithToken(service.messageLinks(customer.id).unsubscribe_token, new Date(followedAt.getTime() + 2 * DAY_MS))
    }
    if (customer.n === FOLLOWERS + 1) await service.unfollowStore(customer.id, new Date(followedAt.getTime() + 10 * DAY_MS))
    created++
  }
  if (created) ctx.progress.created("followers", `${created} customers (follows, verifications, consent)`)
  else ctx.progress.alreadyPresent("followers")
}
