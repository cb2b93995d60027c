import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../modules/coupon-marketing/service"
import { followStoreWorkflow, unfollowStoreWorkflow } from "../../../../../workflows/followers"
import type { StoreFollowResponse } from "../../../../../types/followers"

const answer = (follow: { followed_at: Date } | null): StoreFollowResponse => ({
  follow: { following: !!follow, followed_at: follow ? follow.followed_at : null },
})

/** GET /store/coupon-marketing/me/follow → `{ follow: { following, followed_at } }` (PUSH-1) */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreFollowResponse>) => {
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  res.json(answer(await service.getFollow(req.auth_context.actor_id)))
}

/** POST /store/coupon-marketing/me/follow: follows the store; idempotent (a second call keeps the first date). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreFollowResponse>) => {
  const { result } = await followStoreWorkflow(req.scope).run({ input: { customer_id: req.auth_context.actor_id } })
  res.json(answer(result.follow))
}

/** DELETE /store/coupon-marketing/me/follow: unfollows (idempotent); a later follow gets a new date. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreFollowResponse>) => {
  await unfollowStoreWorkflow(req.scope).run({ input: { customer_id: req.auth_context.actor_id } })
  res.json(answer(null))
}
