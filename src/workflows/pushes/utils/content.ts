import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { emailCoupon, type EmailCouponSource } from "../../../emails"
import { COUPON_PUSH_SUBJECT } from "../../../emails/templates/coupon-push"
import { formatIndividualCode } from "../../../modules/coupon-marketing/domain/coupons"
import { pushDeliveryKey, pushPurpose } from "../../../modules/coupon-marketing/repositories/pushes"
import { topSellingProductIds, type HostSql } from "../../../modules/coupon-marketing/repositories/host-tables"
import type { EnqueueDeliveryInput } from "../../../modules/coupon-marketing/types/deliveries"
import type { PushBestItems } from "../../../types/http/pushes"
import { customerName, type FollowerCustomer } from "../../followers/utils/customer"

/** PUSH-12: the texts SPEC gives. */
export const PUSH_EMAIL_SUBJECT = COUPON_PUSH_SUBJECT
export const PUSH_FEED_TITLE = "A new shop coupon has been issued!"
export const PUSH_MOBILE_TEXT = "[Coupon] A new shop coupon has been issued."
/** The template name every push delivery carries (the email is rendered by the pipeline). */
export const PUSH_TEMPLATE = "coupon-marketing-coupon-push"
/** PUSH-5: how far back automatic best items look. */
export const BEST_ITEMS_DAYS = 30

const service = (c: MedusaContainer) => c.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
const isHttp = (u: unknown): u is string => typeof u === "string" && /^https?:\/\//i.test(u)

export type BestItem = { id: string; title: string; url: string | null; image_url: string | null; price: string | null }

/** PUSH-5: the products of the best-items block: the top N sold in the last 30 days, or the hand-picked ones (in their order). */
export async function loadBestItems(container: MedusaContainer, best: PushBestItems, now: Date): Promise<BestItem[]> {
  const ids =
    best.mode === "auto"
      ? await topSellingProductIds(container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as HostSql, new Date(now.getTime() - BEST_ITEMS_DAYS * 86400_000), best.count)
      : best.product_ids
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "title", "handle", "thumbnail"], filters: { id: ids } })
  const byId = new Map((data as { id: string; title: string; thumbnail: string | null }[]).map((p) => [p.id, p]))
  return ids.flatMap((id) => {
    const p = byId.get(id)
    return p ? [{ id, title: p.title, url: null, image_url: isHttp(p.thumbnail) ? p.thumbnail : null, price: null }] : []
  })
}

export interface PushContentContext {
  push: { id: string; banner: { url: string; link_url?: string | null } | null }
  coupon: EmailCouponSource & { id: string; code_mode: "fixed" | "individual" }
  bestItems: BestItem[]
  timezone: string
  storeName?: string
}

/**
 * The coupon as the push's texts show it, for a code expiring at `expires_at`: the same for every
 * recipient whose code expires then (all of a page, typically), so worked out once per push and
 * expiry — a push of 100,000 formats it a handful of times, not 200,000.
 */
function couponTexts(ctx: PushContentContext, code: { expires_at: Date | null } | null) {
  let cache = couponTextCache.get(ctx)
  if (!cache) couponTextCache.set(ctx, (cache = new Map()))
  const key = code?.expires_at ? new Date(code.expires_at).getTime() : "none"
  let texts = cache.get(key)
  if (!texts) {
    texts = emailCoupon(ctx.coupon, ctx.timezone, { expires_at: code?.expires_at ?? undefined })
    if (cache.size > 1000) cache.clear()
    cache.set(key, texts)
  }
  return texts
}
const couponTextCache = new WeakMap<PushContentContext, Map<number | string, ReturnType<typeof emailCoupon>>>()

/** The data of the coupon-push email for one recipient (CouponPushData), with the List-Unsubscribe header data (PUSH-2). */
export function pushEmailData(container: MedusaContainer, ctx: PushContentContext, customer: FollowerCustomer, code: { code: string; expires_at: Date | null } | null) {
  const links = service(container).messageLinks(customer.id, "email")
  return {
    ...(ctx.storeName ? { store_name: ctx.storeName } : {}),
    first_name: customer.first_name ?? null,
    unsubscribe_url: links.unsubscribe_url,
    headers: links.headers,
    coupon: couponTexts(ctx, code),
    indv_coupon_code: code ? formatIndividualCode(code.code) : null,
    best_items: ctx.bestItems.map(({ title, url, image_url, price }) => ({ title, url, image_url, price })),
    banner: ctx.push.banner && isHttp(ctx.push.banner.url) ? { image_url: ctx.push.banner.url, link_url: isHttp(ctx.push.banner.link_url) ? ctx.push.banner.link_url : null } : null,
  }
}

/** The in-app message (PUSH-12 `feed`): what the shopper's inbox shows. */
export function pushFeedData(ctx: PushContentContext, code: { code: string; expires_at: Date | null } | null) {
  const coupon = couponTexts(ctx, code)
  const codeText = code ? formatIndividualCode(code.code) : coupon.code
  const body = [`${coupon.benefit}: ${coupon.name}.`, coupon.condition ? `${coupon.condition}.` : null, coupon.validity ? `${coupon.validity}.` : null, codeText ? `Your code: ${codeText}` : null]
    .filter(Boolean)
    .join(" ")
  return { title: PUSH_FEED_TITLE, body, coupon_id: ctx.coupon.id, push_id: ctx.push.id, code: codeText ?? null }
}

/** The mobile push (PUSH-12 `push`). */
export function pushMobileData(ctx: PushContentContext) {
  return { text: PUSH_MOBILE_TEXT, title: PUSH_FEED_TITLE, coupon_id: ctx.coupon.id, push_id: ctx.push.id }
}

/** The deliveries of one recipient: one per channel they may receive, keys `push:<id>:<customer>:<channel>` (PUSH-13). */
export function recipientDeliveries(
  container: MedusaContainer,
  ctx: PushContentContext,
  recipient: { customer: FollowerCustomer; channels: readonly string[] },
  code: { code: string; expires_at: Date | null } | null
): EnqueueDeliveryInput[] {
  const { customer } = recipient
  const base = { purpose: pushPurpose(ctx.push.id), customer_id: customer.id, template: PUSH_TEMPLATE, resource_id: ctx.push.id, resource_type: "coupon_marketing_push" }
  return recipient.channels.flatMap((channel): EnqueueDeliveryInput[] => {
    const key = pushDeliveryKey(ctx.push.id, customer.id, channel)
    if (channel === "email") {
      if (!customer.email) return []
      return [{ ...base, key, channel, to: customer.email, data: pushEmailData(container, ctx, customer, code) }]
    }
    if (channel === "feed") return [{ ...base, key, channel, to: customer.id, data: pushFeedData(ctx, code) }]
    return [{ ...base, key, channel, to: customer.id, data: pushMobileData(ctx), content: { text: PUSH_MOBILE_TEXT } }]
  })
}

export { customerName }
