import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../modules/coupon-marketing"
import type CouponMarketingModuleService from "../modules/coupon-marketing/service"

/**
 * COUPON-19: every night, coupons that ended more than 3 years ago are purged with their codes
 * and per-order uses (their usage stays in aggregate in `cm_coupon_archive`), and the Medusa
 * promotions and campaigns they owned are deleted. Batches of 500 until none is due; safe to run twice.
 */
export default async function purgeEndedCouponsJob(container: MedusaContainer) {
  await purgeEndedCoupons(container, new Date())
  // The coupon-attempt throttle keeps only the last minute (COUPON-32).
  await container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).purgeAttemptCounters(3600)
}

export async function purgeEndedCoupons(container: MedusaContainer, now: Date): Promise<number> {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let purged = 0
  for (;;) {
    const batch = await service.purgeEndedCoupons(now)
    if (!batch.length) break
    purged += batch.length
    const promotionIds = batch.map((b) => b.promotion_id).filter((id): id is string => !!id)
    if (promotionIds.length) {
      const promotions = container.resolve(Modules.PROMOTION)
      // A promotion or campaign that is already gone is not an error: the coupon's purge is what counts.
      const campaignIds = await promotions
        .listPromotions({ id: promotionIds }, { select: ["id", "campaign_id"], withDeleted: true })
        .then((rows) => rows.map((p) => (p as { campaign_id?: string | null }).campaign_id).filter((id): id is string => !!id))
        .catch(() => [] as string[])
      await promotions.deletePromotions(promotionIds).catch((error: Error) => {
        logger.warn(`coupon-marketing: purged coupons but could not delete promotions ${promotionIds.join(", ")}: ${error.message}`)
      })
      if (campaignIds.length) {
        await promotions.deleteCampaigns(campaignIds).catch((error: Error) => {
          logger.warn(`coupon-marketing: purged coupons but could not delete campaigns ${campaignIds.join(", ")}: ${error.message}`)
        })
      }
    }
  }
  if (purged) logger.info(`coupon-marketing: purged ${purged} coupon(s) that ended more than 3 years ago (COUPON-19)`)
  return purged
}

export const config = {
  name: "coupon-marketing-purge-ended-coupons",
  schedule: "30 3 * * *",
}
