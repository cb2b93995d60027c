import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../modules/coupon-marketing/service"
import type { StoreInboxResponse } from "../../../../../types/followers"
import type { StoreListMessagesType } from "./validators"

const text = (v: unknown) => (typeof v === "string" && v ? v : null)

/** GET /store/coupon-marketing/me/messages → `{ messages, count, offset, limit, unread_count }`, newest first (PUSH-12). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreInboxResponse>) => {
  const { limit, offset } = (req as unknown as { validatedQuery: StoreListMessagesType }).validatedQuery
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const { rows, count, unread_count } = await service.listInbox(req.auth_context.actor_id, { limit, offset })
  res.json({
    messages: rows.map((m) => ({
      id: m.id,
      template: m.template,
      purpose: m.purpose,
      title: text(m.data?.title) ?? text(m.content?.subject),
      text: text(m.content?.text) ?? text(m.data?.text),
      data: m.data,
      sent_at: m.sent_at,
      read_at: m.read_at,
    })),
    count,
    offset,
    limit,
    unread_count,
  })
}
