import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { consentRefusal, followDateRange, type MessageChannel } from "../../../modules/coupon-marketing/domain/followers"
import { customersAllowedBy, pageAudienceCustomerIds, type HostSql } from "../../../modules/coupon-marketing/repositories/host-tables"
import { customersByIds, type FollowerCustomer } from "../../followers/utils/customer"
import type { CouponRow } from "../../coupons/utils/coupon-row"
import type { PushAudience } from "../../../types/http/pushes"

/** Customers read per keyset page when resolving an audience (PUSH-13: batched). */
export const AUDIENCE_PAGE = 1000

const service = (c: MedusaContainer) => c.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)

/** Why a candidate gets nothing (the admin's `excluded`), plus the coupon's audience rule (PUSH-4). */
export type ExclusionReason = "not_verified" | "opted_out" | "unsubscribed" | "not_in_coupon_audience"

export interface ResolvedRecipient {
  customer: FollowerCustomer
  /** The channels of the push this customer may receive (PUSH-2). */
  channels: MessageChannel[]
}

export interface AudiencePage {
  /** The last candidate id of the page (the next cursor); null when the audience is exhausted. */
  cursor: string | null
  recipients: ResolvedRecipient[]
  /** Candidates that get nothing, by reason; and per channel, candidates skipped for consent (`skipped:<channel>`). */
  excluded: Record<string, number>
}

/** PUSH-3: one keyset page of candidate customer ids (id order, after `afterId`). */
export async function pageCandidates(container: MedusaContainer, audience: PushAudience, afterId: string, limit: number): Promise<string[]> {
  if (audience.kind === "followers") {
    const tz = service(container).getOptions().timezone
    return await service(container).pageFollowerIds(followDateRange(audience.followed_from, audience.followed_to, tz), afterId, limit)
  }
  const sql = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as HostSql
  if (audience.kind === "orders") return await pageAudienceCustomerIds(sql, { order_ids: audience.order_ids }, afterId, limit)
  return await pageAudienceCustomerIds(sql, { customer_ids: audience.customer_ids, customer_group_id: audience.customer_group_id }, afterId, limit)
}

/** PUSH-4: the coupon's audience as a rule on customers (null: anyone). */
export function couponAudienceRule(coupon: Pick<CouponRow, "audience" | "customer_group_id"> | null) {
  if (!coupon || coupon.audience === "anyone") return null
  if (coupon.audience === "segment") return { has_account: false, customer_group_id: coupon.customer_group_id }
  return { has_account: true, customer_group_id: null }
}

const add = (m: Record<string, number>, k: string, n = 1) => {
  m[k] = (m[k] ?? 0) + n
}

/**
 * One page of an audience resolved: the candidates after `afterId`, kept to those the coupon's
 * audience allows (PUSH-4), with the push's channels each may receive (PUSH-2 `consentRefusal`);
 * the others counted by reason. Pure reads: the caller writes.
 */
export async function resolveAudiencePage(
  container: MedusaContainer,
  input: { audience: PushAudience; channels: readonly string[]; coupon: Pick<CouponRow, "audience" | "customer_group_id"> | null; afterId: string; limit?: number; now: Date }
): Promise<AudiencePage> {
  const ids = await pageCandidates(container, input.audience, input.afterId, input.limit ?? AUDIENCE_PAGE)
  const excluded: Record<string, number> = {}
  if (!ids.length) return { cursor: null, recipients: [], excluded }
  const rule = couponAudienceRule(input.coupon)
  let allowed = ids
  if (rule) {
    const sql = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as HostSql
    const ok = await customersAllowedBy(sql, ids, rule)
    allowed = ids.filter((id) => ok.has(id))
    add(excluded, "not_in_coupon_audience", ids.length - allowed.length)
  }
  const customers = await customersByIds(container, allowed)
  const states = await service(container).getConsentStates(allowed.map((id) => ({ id, email: customers[id]?.email ?? null })))
  const recipients: ResolvedRecipient[] = []
  for (const id of allowed) {
    const customer = customers[id]
    if (!customer) continue // deleted meanwhile
    const refusals = input.channels.map((ch) => [ch, consentRefusal(states[id], ch, input.now)] as const)
    const ok = refusals.filter(([, r]) => r === null).map(([ch]) => ch as MessageChannel)
    for (const [ch, r] of refusals) if (r) add(excluded, `skipped:${ch}`)
    if (ok.length) {
      recipients.push({ customer, channels: ok })
      continue
    }
    const reasons = refusals.map(([, r]) => r)
    if (reasons.some((r) => r === "email_not_verified" || r === "no_customer")) add(excluded, "not_verified")
    else if ((states[id]?.preference as { unsubscribed_at?: Date | null } | null)?.unsubscribed_at) add(excluded, "unsubscribed")
    else add(excluded, "opted_out")
  }
  return { cursor: ids[ids.length - 1], recipients, excluded }
}

/** PUSH-3: the live recipient count of an audience and why the others are excluded (walks every page). */
export async function countAudience(
  container: MedusaContainer,
  input: { audience: PushAudience; channels: readonly string[]; coupon: Pick<CouponRow, "audience" | "customer_group_id"> | null; now: Date }
): Promise<{ count: number; candidates: number; excluded: { not_verified: number; opted_out: number; unsubscribed: number; not_in_coupon_audience: number }; first: FollowerCustomer | null }> {
  let after = ""
  let count = 0
  let candidates = 0
  let first: FollowerCustomer | null = null
  const excluded = { not_verified: 0, opted_out: 0, unsubscribed: 0, not_in_coupon_audience: 0 }
  for (;;) {
    const page = await resolveAudiencePage(container, { ...input, afterId: after })
    if (!page.cursor) break
    count += page.recipients.length
    first ??= page.recipients[0]?.customer ?? null
    for (const k of Object.keys(excluded) as (keyof typeof excluded)[]) excluded[k] += page.excluded[k] ?? 0
    candidates += page.recipients.length + excluded.not_verified + excluded.opted_out + excluded.unsubscribed + excluded.not_in_coupon_audience
    after = page.cursor
  }
  candidates = count + excluded.not_verified + excluded.opted_out + excluded.unsubscribed + excluded.not_in_coupon_audience
  return { count, candidates, excluded, first }
}
