import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { formatIndividualCode } from "../../../modules/coupon-marketing/domain/coupons"
import type { AdminPointsAccountResponse, StorePointsAccountResponse } from "../../../types/http"

/**
 * POINTS-9: a customer's balance, a page of the ledger (newest first) and their exchanges.
 * `audience` "admin" also answers who made each manual adjustment; the shopper never sees it.
 */
export async function pointsAccountOf(
  service: CouponMarketingModuleService,
  customerId: string,
  limit: number,
  offset: number,
  audience?: "shopper"
): Promise<StorePointsAccountResponse<Date>>
export async function pointsAccountOf(
  service: CouponMarketingModuleService,
  customerId: string,
  limit: number,
  offset: number,
  audience: "admin"
): Promise<AdminPointsAccountResponse<Date>>
export async function pointsAccountOf(
  service: CouponMarketingModuleService,
  customerId: string,
  limit: number,
  offset: number,
  audience: "admin" | "shopper" = "shopper"
): Promise<StorePointsAccountResponse<Date> | AdminPointsAccountResponse<Date>> {
  const [{ balance, entries, count }, exchanges] = await Promise.all([
    service.getPointsPage(customerId, limit, offset),
    service.listPointsExchanges({ customer_id: customerId }, { order: { created_at: "DESC" }, take: 50 }),
  ])
  const [codes, offers] = exchanges.length
    ? await Promise.all([
        service.listCouponCodes({ id: exchanges.map((e) => e.coupon_code_id) }, { withDeleted: true }),
        service.listExchangeOffers({ id: [...new Set(exchanges.map((e) => e.offer_id))] }, { withDeleted: true, select: ["id", "name", "threshold"] }),
      ])
    : [[], []]
  const byId = new Map(codes.map((c) => [c.id, c]))
  const offerOf = new Map(offers.map((o) => [o.id, o]))
  return {
    customer_id: customerId,
    balance,
    entries: entries.map((e) => ({
      id: e.id,
      type: e.type,
      points: e.points,
      reason: e.reason,
      balance_after: e.balance_after,
      order_id: e.order_id,
      exchange_id: e.exchange_id,
      expires_at: e.expires_at,
      created_at: e.created_at,
      ...(audience === "admin" ? { created_by: e.created_by ?? null } : {}),
    })),
    count,
    offset,
    limit,
    exchanges: exchanges.map((x) => {
      const code = byId.get(x.coupon_code_id)
      return {
        id: x.id,
        offer_id: x.offer_id,
        /** The offer as it is now (a withdrawn offer keeps its name). */
        offer_name: offerOf.get(x.offer_id)?.name ?? null,
        threshold: offerOf.has(x.offer_id) ? Number(offerOf.get(x.offer_id)!.threshold) : null,
        points: x.points,
        face_value: Number(x.face_value),
        currency_code: x.currency_code,
        coupon_id: x.coupon_id,
        code: code ? formatIndividualCode(code.code) : null,
        used: code ? code.uses >= code.max_uses : false,
        expires_at: code?.expires_at ?? null,
        created_at: x.created_at,
      }
    }),
  }
}
