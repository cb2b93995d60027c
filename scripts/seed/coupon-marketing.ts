/**
 * The plugin's own demo data (SPEC §8): coupons in each state, codes issued to the VIP group,
 * an exchange budget and offer, points for the demo customers and one exchange — so that the
 * Coupons and Points pages show real records on first start. Idempotent like the rest of the
 * seed: coupons and offers are found by name, points by their idempotency keys.
 */
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../../src/modules/coupon-marketing"
import type CouponMarketingModuleService from "../../src/modules/coupon-marketing/service"
import type { CouponInput } from "../../src/types/coupons"
import { createCouponWorkflow } from "../../src/workflows/coupons/workflows/create-coupon"
import { issueCouponCodesWorkflow } from "../../src/workflows/coupons/workflows/issue-coupon-codes"
import { createExchangeOfferWorkflow } from "../../src/workflows/points/workflows/create-exchange-offer"

const DAY_MS = 24 * 60 * 60 * 1000

type Ctx = { container: MedusaContainer; logger: Logger }

/** Moves the start of the campaign a coupon's promotion belongs to, when it has one. */
async function moveCampaignStart(container: MedusaContainer, promotionId: string | null, starts_at: Date) {
  if (!promotionId) return
  const promotions = container.resolve(Modules.PROMOTION)
  const [promotion] = await promotions.listPromotions({ id: [promotionId] }, { select: ["id", "campaign_id"] })
  const campaignId = (promotion as { campaign_id?: string | null } | undefined)?.campaign_id
  if (campaignId) await promotions.updateCampaigns({ id: campaignId, starts_at })
}
type Customer = { n: number; id: string; email: string }

export async function ensureCouponMarketingDemo(ctx: Ctx, input: { customers: Customer[]; vipGroupName: string }): Promise<void> {
  const service = ctx.container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const [vip] = await ctx.container.resolve(Modules.CUSTOMER).listCustomerGroups({ name: input.vipGroupName }, { select: ["id"] })
  const now = Date.now()

  // Coupons: an active fixed code, a scheduled one, and the VIP group's individual codes.
  const coupons: (CouponInput & { activate?: boolean })[] = [
    {
      name: "Welcome 10% off",
      audience: "anyone",
      code_mode: "fixed",
      code: "WELCOME10",
      validity_type: "window",
      // A new window must start at least an hour ahead; the demo moves it to now below.
      starts_at: new Date(now + 2 * 3600 * 1000).toISOString(),
      ends_at: new Date(now + 30 * DAY_MS).toISOString(),
      benefit_type: "percent",
      benefit_value: 10,
      currency_code: "jpy",
      condition_type: "min_total",
      condition_value: 3000,
      activate: true,
    },
    {
      name: "Year-end free shipping",
      audience: "members_only",
      code_mode: "fixed",
      code: "YEAREND",
      validity_type: "window",
      starts_at: new Date(now + 7 * DAY_MS).toISOString(),
      ends_at: new Date(now + 21 * DAY_MS).toISOString(),
      benefit_type: "free_shipping",
      currency_code: "jpy",
      condition_type: "none",
      per_customer_limit: 1,
    },
    ...(vip
      ? [
          {
            name: "VIP ¥500 off",
            audience: "segment",
            customer_group_id: vip.id,
            code_mode: "individual",
            validity_type: "relative",
            valid_days: 30,
            benefit_type: "fixed_amount",
            benefit_value: 500,
            currency_code: "jpy",
            condition_type: "min_total",
            condition_value: 5000,
          } as CouponInput,
        ]
      : []),
  ]
  let created = 0
  for (const { activate, ...coupon } of coupons) {
    const [existing] = await service.listCoupons({ name: coupon.name }, { take: 1 })
    if (existing) continue
    const { result } = await createCouponWorkflow(ctx.container).run({ input: coupon })
    const id = (result as { id: string }).id
    if (activate) {
      // The coupon's Medusa campaign carries the window too (Medusa's promotion engine enforces it).
      const starts_at = new Date(now - 60_000)
      const updated = await service.updateCoupons({ id, starts_at })
      await moveCampaignStart(ctx.container, updated.promotion_id, starts_at)
    }
    if (coupon.code_mode === "individual") {
      await issueCouponCodesWorkflow(ctx.container).run({ input: { coupon_id: id, source: "admin", source_id: "demo-seed" } })
    }
    created++
  }

  // Points: a budget, an offer, welcome points and one exchange.
  const budgets = await service.getBudgets()
  if (!budgets.some((b) => b.currency_code === "jpy")) {
    await service.depositBudget({ amount: 50_000, reason: "Demo budget for points exchanges", currency_code: "jpy" })
  }
  let [offer] = await service.listExchangeOffers({ name: "¥200 off ¥2,000 for 200 points" }, { take: 1 })
  if (!offer) {
    const { result } = await createExchangeOfferWorkflow(ctx.container).run({
      input: {
        name: "¥200 off ¥2,000 for 200 points",
        face_value: 200,
        threshold: 2000,
        currency_code: "jpy",
        points_cost: 200,
        stock: 500,
        per_customer_limit: 3,
        valid_days: 30,
      },
    })
    offer = result as typeof offer
  }
  for (const customer of input.customers.slice(0, 10)) {
    await service.appendPoints({
      customer_id: customer.id,
      type: "adjust",
      points: 100 * (1 + (customer.n % 5)),
      reason: "Welcome points (demo)",
      idempotency_key: `demo-seed:welcome:${customer.id}`,
    })
  }
  const first = input.customers[0]
  if (first && offer) {
    const exchanges = await service.listPointsExchanges({ customer_id: first.id }, { take: 1 })
    const { balance } = await service.getPointsPage(first.id, 1, 0)
    if (!exchanges.length && balance >= (offer as { points_cost: number }).points_cost) {
      await service.exchangePoints({ customer_id: first.id, offer_id: (offer as { id: string }).id })
    }
  }
  ctx.logger.info(`[seed] coupon marketing: ${created} coupon(s) created; budget, exchange offer, welcome points and one exchange in place`)
}
