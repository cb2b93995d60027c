/**
 * Sign-up gift demo (SPEC §4 GIFT-1…GIFT-6, Step 8 item 6): so the Membership gift page, its
 * figures and the storefront's visitor view show something on first start.
 *
 * - The coupon "Member gift ¥300 off" (individual codes, valid 30 days after it is given, from
 *   ¥5,000, members only): the kind of coupon a gift package takes (GIFT-3).
 * - The activity "Join gift": started 6 days ago, lasting 30 days; 200 points and that coupon.
 *   Created through the same workflow as the admin's form, so its rules apply.
 * - Four members who joined during it, their accounts dated into the window (day 0.6, 1.4, 3.2,
 *   4.7), each granted the package by the grant workflow the `customer.created` subscriber runs
 *   (points, their own code, the feed and email messages the delivery job sends); the grants are
 *   dated to when they joined, so the stats chart has a shape.
 * - The first of them used the gift coupon on an order (through a cart, like the coupon orders),
 *   so "gift coupons used" and their revenue are not empty.
 *
 * The 50 demo customers' accounts are older than the activity (./customers.ts), so they are
 * neither "new members" in the figures nor owed a gift by the grant-missed-gifts job.
 *
 * Idempotent: the coupon and the activity are found by name, the members by email, the order by
 * `metadata.demo_seed`; a grant is the workflow's own (once per activity and customer).
 */
import type { SalesChannelDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { COUPON_MARKETING_MODULE } from "../../src/modules/coupon-marketing"
import type CouponMarketingModuleService from "../../src/modules/coupon-marketing/service"
import type { GiftActivityRow } from "../../src/modules/coupon-marketing/types/gifts"
import type { CouponInput } from "../../src/types/coupons"
import { createCouponWorkflow } from "../../src/workflows/coupons/workflows/create-coupon"
import { grantMembershipGiftWorkflow } from "../../src/workflows/gifts/workflows/grant-membership-gift"
import { saveMembershipGiftWorkflow } from "../../src/workflows/gifts/workflows/save-membership-gift"
import { checkoutWithCoupon, CouponNotUsable } from "./checkout"
import { DAY_MS, type Regions, type SeedContext } from "./context"
import { addressFor, DEMO_GIFT, emailFor, REGIONS, type RegionKey } from "./demo-data"

const HOUR_MS = 60 * 60 * 1000
/** The members' numbers in their emails (after the 50 demo customers). */
const FIRST_MEMBER_N = 101
const ORDER_KEY = "gift-order-1"

export type GiftsInput = {
  regions: Regions
  salesChannel: SalesChannelDTO
  shippingOptionIds: Record<RegionKey, string>
}

export const giftCouponInput = (): CouponInput => ({
  name: DEMO_GIFT.coupon,
  audience: "members_only",
  code_mode: "individual",
  validity_type: "relative",
  valid_days: 30,
  benefit_type: "fixed_amount",
  benefit_value: 300,
  currency_code: "jpy",
  // From ¥5,000: shallower than the points exchange offer (¥200 off ¥2,000), which stays compliant.
  condition_type: "min_total",
  condition_value: 5000,
})

async function findActivity(service: CouponMarketingModuleService): Promise<GiftActivityRow | undefined> {
  const { rows } = await service.listGiftActivities({ limit: 100, offset: 0 })
  return rows.find((a) => a.name === DEMO_GIFT.name)
}

export async function ensureGifts(ctx: SeedContext, shop: GiftsInput): Promise<void> {
  const service = ctx.container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const customers = ctx.container.resolve(Modules.CUSTOMER)
  const pg = ctx.container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const done: string[] = []

  let [coupon] = (await service.listCoupons({ name: DEMO_GIFT.coupon }, { take: 1 })) as unknown as { id: string }[]
  if (!coupon) {
    const { result } = await createCouponWorkflow(ctx.container).run({ input: giftCouponInput() })
    coupon = result as unknown as { id: string }
    done.push(`the coupon "${DEMO_GIFT.coupon}"`)
  }

  let activity = await findActivity(service)
  if (!activity) {
    const hour = Math.floor(Date.now() / HOUR_MS) * HOUR_MS
    const starts_at = new Date(hour - DEMO_GIFT.started_days_ago * DAY_MS)
    const { result } = await saveMembershipGiftWorkflow(ctx.container).run({
      input: {
        name: DEMO_GIFT.name,
        starts_at,
        ends_at: new Date(starts_at.getTime() + DEMO_GIFT.days * DAY_MS),
        draft: false,
        prizes: [
          { type: "points", amount: DEMO_GIFT.points },
          { type: "coupon", coupon_id: coupon.id },
        ],
      },
    })
    activity = result as GiftActivityRow
    done.push(`the activity "${DEMO_GIFT.name}"`)
  }
  const startsAt = new Date(activity.starts_at).getTime()
  // As if the merchant had created it when it started: members count from its creation too (newMembersFrom).
  await pg("cm_membership_gift").where({ id: activity.id }).where("created_at", ">", new Date(startsAt)).update({ created_at: new Date(startsAt) })
  if (startsAt > Date.now() || new Date(activity.ends_at).getTime() <= Date.now() || activity.closed_at) {
    ctx.logger.warn(`[seed] gifts: "${DEMO_GIFT.name}" is not active any more (a database seeded long ago); its members are not added`)
    ctx.progress.created("gifts", done.join("; ") || "nothing")
    return
  }

  const wanted = DEMO_GIFT.members.map((person, i) => ({
    person,
    n: FIRST_MEMBER_N + i,
    email: emailFor(person, FIRST_MEMBER_N + i),
    joined: new Date(startsAt + person.joined_day * DAY_MS),
  }))
  const find = () => customers.listCustomers({ email: wanted.map((w) => w.email), has_account: true }, { select: ["id", "email"] })
  let existing = await find()
  const missing = wanted.filter((w) => !existing.some((c) => c.email === w.email))
  if (missing.length) {
    await createCustomersWorkflow(ctx.container).run({
      input: {
        customersData: missing.map(({ person, n, email }) => ({
          first_name: person.first_name,
          last_name: person.last_name,
          email,
          has_account: true,
          addresses: [{ address_name: "Home", first_name: person.first_name, last_name: person.last_name, ...addressFor(person, n), is_default_shipping: true, is_default_billing: true }],
        })),
      },
    })
    existing = await find()
    done.push(`${missing.length} new member(s)`)
  }
  const members = wanted.map((w) => {
    const found = existing.find((c) => c.email === w.email)
    if (!found) throw new Error(`[seed] gifts: member ${w.email} was neither found nor created`)
    return { ...w, id: found.id }
  })

  let granted = 0
  for (const m of members) {
    await pg("customer").where({ id: m.id }).where("created_at", ">", m.joined).update({ created_at: m.joined, updated_at: m.joined })
    if (!(await service.findGiftGrant(activity.id, m.id))) {
      await grantMembershipGiftWorkflow(ctx.container).run({ input: { customer_id: m.id } })
      granted++
    }
  }
  // The `customer.created` subscriber may have claimed a grant first (a running store): wait for it.
  for (let round = 0; round < 60; round++) {
    const open = await pg("cm_membership_gift_grant").where({ activity_id: activity.id }).whereIn("customer_id", members.map((m) => m.id)).whereNot({ status: "granted" }).count({ n: "*" })
    if (Number(open[0].n) === 0) break
    await new Promise((r) => setTimeout(r, 500))
  }
  for (const m of members) {
    const at = new Date(m.joined.getTime() + 3 * 60_000)
    await pg("cm_membership_gift_grant")
      .where({ activity_id: activity.id, customer_id: m.id, status: "granted" })
      .where("granted_at", ">", at)
      .update({ granted_at: at, created_at: at })
  }
  if (granted) done.push(`${granted} grant(s)`)

  const first = members[0]
  const orders = await ctx.container.resolve(Modules.ORDER).listOrders({ customer_id: first.id }, { select: ["id", "metadata"], take: null })
  if (!orders.some((o) => (o.metadata as { demo_seed?: string } | null)?.demo_seed === ORDER_KEY)) {
    const [code] = await service.listCouponCodes({ coupon_id: coupon.id, customer_id: first.id }, { take: 1, select: ["code"] })
    const region = REGIONS.find((r) => r.countries.includes(first.person.country_code))!
    const variants = await ctx.container.resolve(Modules.PRODUCT).listProductVariants({ sku: DEMO_GIFT.order_items.map((i) => i.sku) }, { select: ["id", "sku"] })
    if (!code) ctx.logger.warn(`[seed] gifts: ${first.email} holds no code of "${DEMO_GIFT.coupon}"; no gift order`)
    else {
      try {
        await checkoutWithCoupon(ctx, {
          region_id: shop.regions[region.key].id,
          sales_channel_id: shop.salesChannel.id,
          shipping_option_id: shop.shippingOptionIds[region.key],
          customer: { id: first.id, email: first.email },
          address: { first_name: first.person.first_name, last_name: first.person.last_name, ...addressFor(first.person, first.n) },
          items: DEMO_GIFT.order_items.map(({ sku, quantity }) => {
            const variant = variants.find((v) => v.sku === sku)
            if (!variant) throw new Error(`[seed] gifts: variant ${sku} not found (products not seeded?)`)
            return { variant_id: variant.id, quantity }
          }),
          code: code.code,
          metadata: { demo_seed: ORDER_KEY },
        })
        done.push(`an order with ${first.person.first_name}'s gift code`)
      } catch (error) {
        if (!(error instanceof CouponNotUsable)) throw error
        ctx.logger.warn(`[seed] gifts: ${ORDER_KEY} skipped: ${error.message}`)
      }
    }
  }

  if (done.length) ctx.progress.created("gifts", done.join("; "))
  else ctx.progress.alreadyPresent("gifts")
}
