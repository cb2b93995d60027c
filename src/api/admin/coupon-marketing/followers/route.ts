import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminFollowersResponse } from "../../../../types/followers"
import { followerFilters, followerPage } from "./helpers"
import type { AdminListFollowersType } from "./validators"

/**
 * GET /admin/coupon-marketing/followers?q&followed_from&followed_to&consent&limit&offset →
 * `{ followers, count, offset, limit }`: current followers, newest follow first (PUSH-1).
 * Dates are calendar days in the store's time zone, both included.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminFollowersResponse>) => {
  const query = (req as unknown as { validatedQuery: AdminListFollowersType }).validatedQuery
  const { limit, offset } = query
  const { followers, count } = await followerPage(req.scope, await followerFilters(req.scope, query), { limit, offset })
  res.json({ followers, count, offset, limit })
}
