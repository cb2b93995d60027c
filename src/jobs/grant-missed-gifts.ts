import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../modules/coupon-marketing"
import type CouponMarketingModuleService from "../modules/coupon-marketing/service"
import { STALE_GRANT_MS } from "../modules/coupon-marketing/repositories/gifts"
import { customersOwedGift, type HostSql } from "../modules/coupon-marketing/repositories/host-tables"
import { newMembersFrom } from "../modules/coupon-marketing/domain/gifts"
import { grantMembershipGiftWorkflow } from "../workflows/gifts/workflows/grant-membership-gift"

const PAGE = 200

/**
 * Every few minutes (GIFT-5, exactly once even when a worker dies mid-grant): the active sign-up
 * gift is granted to whoever it is owed and did not get — a grant left `granting` longer than
 * STALE_GRANT_MS (the worker running it died; the claim lets this run take it up, and every
 * step finds what the dead run already gave: the points entry by its key, the codes by the
 * grant, the credit by its reference, the messages by their keys), and members whose account
 * was made in the window (from its start, or its creation when that was later) but whose
 * `customer.created` never reached the plugin. A grant that
 * fails stays owed and is tried again at the next run.
 */
export default async function grantMissedGiftsJob(container: MedusaContainer) {
  await grantMissedGifts(container)
}

export async function grantMissedGifts(container: MedusaContainer, now = new Date()): Promise<{ granted: number; failed: number }> {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const activity = await service.getActiveGiftActivity(now)
  if (!activity) return { granted: 0, failed: 0 }
  const sql = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as HostSql
  const staleBefore = new Date(now.getTime() - STALE_GRANT_MS)
  let granted = 0
  let failed = 0
  const tried = new Set<string>()
  for (;;) {
    const owed = (await customersOwedGift(sql, { id: activity.id, members_from: newMembersFrom(activity) }, staleBefore, PAGE)).filter((id) => !tried.has(id))
    if (!owed.length) break
    for (const customerId of owed) {
      tried.add(customerId)
      try {
        const { result } = await grantMembershipGiftWorkflow(container).run({ input: { customer_id: customerId } })
        if (result.granted) granted++
      } catch (e) {
        failed++
        logger.error(`coupon-marketing: the sign-up gift owed to ${customerId} could not be granted (${(e as Error).message}); tried again at the next run`)
      }
    }
  }
  if (granted || failed) logger.info(`coupon-marketing: sign-up gift "${activity.name}": ${granted} missed grant(s) made, ${failed} failed`)
  return { granted, failed }
}

export const config = {
  name: "coupon-marketing-grant-missed-gifts",
  schedule: "*/5 * * * *",
}
