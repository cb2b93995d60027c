import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../modules/coupon-marketing/service"
import { customersByIds } from "../../../../../workflows/followers/utils/customer"
import { preferencesView } from "../../../../../workflows/followers/utils/views"
import type { StorePreferencesResponse } from "../../../../../types/followers"
import type { StoreUpdatePreferencesType } from "./validators"

async function answer(req: AuthenticatedMedusaRequest, service: CouponMarketingModuleService): Promise<StorePreferencesResponse> {
  const id = req.auth_context.actor_id
  const [customers, preference] = await Promise.all([customersByIds(req.scope, [id]), service.getMessagePreference(id)])
  return { preferences: preferencesView(customers[id]?.email ?? null, preference, new Date()) }
}

/**
 * GET /store/coupon-marketing/me/preferences → `{ preferences: { email, feed, push, email_address,
 * email_verified, email_verified_at, may_receive } }` (PUSH-2)
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StorePreferencesResponse>) => {
  res.json(await answer(req, req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)))
}

/** POST /store/coupon-marketing/me/preferences `{ email?, feed?, push? }`: coupon messages on/off per channel. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreUpdatePreferencesType>, res: MedusaResponse<StorePreferencesResponse>) => {
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  await service.saveMessagePreference(req.auth_context.actor_id, req.validatedBody)
  res.json(await answer(req, service))
}
