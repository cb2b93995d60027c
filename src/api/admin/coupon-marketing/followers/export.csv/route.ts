import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../modules/coupon-marketing/service"
import { formatZonedDateTime } from "../../../../../modules/coupon-marketing/domain/coupons"
import { streamCsv } from "../../../../utils/csv-stream"
import { followerFilters, followerPage } from "../helpers"
import type { AdminExportFollowersType } from "../validators"

const PAGE = 500

export const FOLLOWERS_CSV_HEADER = [
  "Customer ID", "Name", "Email", "Followed at", "Times followed", "Email verified", "Coupon email", "In-app messages", "Push", "Unsubscribed at",
] as const

/**
 * GET /admin/coupon-marketing/followers/export.csv?q&followed_from&followed_to&consent — every
 * matching follower, streamed page by page (UTF-8 with BOM; cells that would run as formulas
 * are neutralised by the shared CSV writer). Times in the store's zone.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = (req as unknown as { validatedQuery: AdminExportFollowersType }).validatedQuery
  const timezone = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).getOptions().timezone
  const filters = await followerFilters(req.scope, query)
  const yesNo = (b: boolean) => (b ? "yes" : "no")
  const at = (d: Date | string | null) => (d ? `${formatZonedDateTime(new Date(d), timezone)}` : "")

  async function* pages() {
    for (let offset = 0; ; offset += PAGE) {
      const { followers } = await followerPage(req.scope, filters, { limit: PAGE, offset })
      if (!followers.length) return
      yield followers.map((f) => [
        f.customer_id, f.name, f.email, at(f.followed_at), f.follow_count, yesNo(f.email_verified),
        yesNo(f.consent.email), yesNo(f.consent.feed), yesNo(f.consent.push), at(f.unsubscribed_at),
      ])
      if (followers.length < PAGE) return
    }
  }

  await streamCsv(res, "followers.csv", [...FOLLOWERS_CSV_HEADER.slice(0, 3), `Followed at (${timezone})`, ...FOLLOWERS_CSV_HEADER.slice(4)], pages())
}
