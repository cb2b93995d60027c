import type { MedusaContainer } from "@medusajs/framework/types"
import { COUPON_MARKETING_MODULE } from "../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../modules/coupon-marketing/service"
import { customersByIds } from "../../../../../workflows/followers/utils/customer"

/** PUSH-2: confirms a verification token (400 in the shopper's words when forged, expired, used, or for a changed address). */
export async function confirmVerification(scope: MedusaContainer, token: string) {
  const service = scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const currentEmail = async (id: string) => (await customersByIds(scope, [id]))[id]?.email ?? null
  const { email, preference } = await service.confirmEmailVerification(token, currentEmail)
  return { verification: { email, verified: true, verified_at: preference.email_verified_at } }
}
