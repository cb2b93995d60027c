/**
 * The plugin's demo coupons, one in each state (COUPON-16), created through the plugin's own
 * workflow as the admin would:
 *
 * - "Welcome 10% off" (`WELCOME10`, anyone, from ¥3,000): active;
 * - "Year-end free shipping" (`YEAREND`, members only): scheduled;
 * - "VIP ¥500 off" (individual codes, from ¥5,000): codes issued to the VIP group;
 * - "Autumn tea festival ¥300 off" (`AUTUMN300`, from ¥5,000): ended.
 *
 * Idempotent: a coupon is found by name; its demo window (see `demoWindow`) is applied
 * whenever it is not in place yet, so a run that stopped between the two is completed.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../../src/modules/coupon-marketing"
import type CouponMarketingModuleService from "../../src/modules/coupon-marketing/service"
import type { CouponInput } from "../../src/types/coupons"
import { createCouponWorkflow } from "../../src/workflows/coupons/workflows/create-coupon"
import { issueCouponCodesWorkflow } from "../../src/workflows/coupons/workflows/issue-coupon-codes"
import { DAY_MS, type SeedContext } from "./context"
import { CUSTOMER_GROUP_NAME, DEMO_COUPON_NAMES, type DemoCouponRole } from "./demo-data"

/** The seeded coupons by role: id and fixed code (null for individual codes). */
export type DemoCoupons = Record<DemoCouponRole, { id: string; code: string | null } | undefined>

/**
 * Where a coupon's window is moved once created. The create rules only take windows that
 * start at least `coupons.min_start_lead_minutes` ahead (COUPON-7, default 1 hour): that is
 * right for a merchant, but a demo needs a coupon usable now and one already over. So each is
 * created with a valid future window, then moved with the module service — the coupon's own
 * row and its Medusa campaign, which carries the window too (Medusa's promotion engine
 * enforces it) — as no workflow may (they apply the rules).
 * - `active`: the start moves to a minute ago (the end stays);
 * - `ended`: the whole window moves back by whole days (keeping the end's time of day, the
 *   store zone's 23:59:59), so that it ended 10 days ago.
 */
type DemoWindow = "active" | "ended"

type DemoCouponSeed = { role: DemoCouponRole; input: CouponInput; window?: DemoWindow; issueToGroup?: boolean }

export function demoCoupons(now: number, leadMs: number, vipGroupId: string | undefined): DemoCouponSeed[] {
  // The earliest start the rules accept, with a margin for the time the seed takes.
  const soon = now + leadMs + 60 * 60 * 1000
  return [
    {
      role: "welcome",
      window: "active",
      input: {
        name: DEMO_COUPON_NAMES.welcome,
        audience: "anyone",
        code_mode: "fixed",
        code: "WELCOME10",
        validity_type: "window",
        starts_at: new Date(soon).toISOString(),
        ends_at: new Date(now + 30 * DAY_MS).toISOString(),
        benefit_type: "percent",
        benefit_value: 10,
        currency_code: "jpy",
        condition_type: "min_total",
        condition_value: 3000,
      },
    },
    {
      role: "yearEnd",
      input: {
        name: DEMO_COUPON_NAMES.yearEnd,
        audience: "members_only",
        code_mode: "fixed",
        code: "YEAREND",
        validity_type: "window",
        starts_at: new Date(Math.max(soon, now + 7 * DAY_MS)).toISOString(),
        ends_at: new Date(now + 21 * DAY_MS).toISOString(),
        benefit_type: "free_shipping",
        currency_code: "jpy",
        condition_type: "none",
        per_customer_limit: 1,
      },
    },
    ...(vipGroupId
      ? [
          {
            role: "vip" as const,
            issueToGroup: true,
            input: {
              name: DEMO_COUPON_NAMES.vip,
              audience: "segment",
              customer_group_id: vipGroupId,
              code_mode: "individual",
              validity_type: "relative",
              valid_days: 30,
              benefit_type: "fixed_amount",
              benefit_value: 500,
              currency_code: "jpy",
              condition_type: "min_total",
              condition_value: 5000,
            } as CouponInput,
          },
        ]
      : []),
    {
      role: "ended",
      window: "ended",
      input: {
        name: DEMO_COUPON_NAMES.ended,
        audience: "members_only",
        code_mode: "fixed",
        code: "AUTUMN300",
        validity_type: "window",
        starts_at: new Date(soon).toISOString(),
        ends_at: new Date(soon + 14 * DAY_MS).toISOString(),
        benefit_type: "fixed_amount",
        benefit_value: 300,
        currency_code: "jpy",
        // From ¥5,000: shallower than the exchange offer (¥200 off ¥2,000), which stays compliant.
        condition_type: "min_total",
        condition_value: 5000,
        per_customer_limit: 1,
      },
    },
  ]
}

type CouponWindowRow = { id: string; starts_at: Date | string | null; ends_at: Date | string | null; promotion_id: string | null }

const time = (d: Date | string | null) => (d ? new Date(d).getTime() : null)

/** The window a coupon should have now, or null when it already has it. */
function targetWindow(coupon: CouponWindowRow, window: DemoWindow, now: number): { starts_at: Date; ends_at: Date | null } | null {
  const starts = time(coupon.starts_at)
  const ends = time(coupon.ends_at)
  if (window === "active") {
    if (starts === null || starts <= now) return null
    return { starts_at: new Date(now - 60_000), ends_at: ends === null ? null : new Date(ends) }
  }
  if (ends === null || ends <= now || starts === null) return null
  const shift = (Math.ceil((ends - now) / DAY_MS) + 10) * DAY_MS
  return { starts_at: new Date(starts - shift), ends_at: new Date(ends - shift) }
}

/** Moves the window of a coupon and of the campaign its promotion belongs to (see `DemoWindow`). */
async function moveWindow(container: MedusaContainer, coupon: CouponWindowRow, next: { starts_at: Date; ends_at: Date | null }) {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  await service.updateCoupons({ id: coupon.id, starts_at: next.starts_at, ends_at: next.ends_at })
  if (!coupon.promotion_id) return
  const promotions = container.resolve(Modules.PROMOTION)
  const [promotion] = await promotions.listPromotions({ id: [coupon.promotion_id] }, { select: ["id", "campaign_id"] })
  const campaignId = (promotion as { campaign_id?: string | null } | undefined)?.campaign_id
  if (campaignId) await promotions.updateCampaigns({ id: campaignId, starts_at: next.starts_at, ends_at: next.ends_at })
}

export async function ensureCoupons(ctx: SeedContext): Promise<DemoCoupons> {
  const service = ctx.container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const [vip] = await ctx.container.resolve(Modules.CUSTOMER).listCustomerGroups({ name: CUSTOMER_GROUP_NAME }, { select: ["id"] })
  const now = Date.now()
  const leadMs = (service.getOptions().coupons?.min_start_lead_minutes ?? 60) * 60_000

  const result = {} as DemoCoupons
  const created: string[] = []
  const moved: string[] = []
  for (const seed of demoCoupons(now, leadMs, vip?.id)) {
    let [coupon] = (await service.listCoupons({ name: seed.input.name }, { take: 1 })) as unknown as CouponWindowRow[]
    if (!coupon) {
      const { result: row } = await createCouponWorkflow(ctx.container).run({ input: seed.input })
      coupon = row as unknown as CouponWindowRow
      created.push(seed.input.name)
    }
    if (seed.window) {
      const next = targetWindow(coupon, seed.window, now)
      if (next) {
        await moveWindow(ctx.container, coupon, next)
        moved.push(`${seed.input.name} → ${seed.window}`)
      }
    }
    if (seed.issueToGroup && !(await service.listCouponCodes({ coupon_id: coupon.id }, { take: 1, select: ["id"] })).length) {
      await issueCouponCodesWorkflow(ctx.container).run({ input: { coupon_id: coupon.id, source: "admin", source_id: "demo-seed" } })
      created.push(`codes of ${seed.input.name} for the ${CUSTOMER_GROUP_NAME} group`)
    }
    result[seed.role] = { id: coupon.id, code: seed.input.code ?? null }
  }

  if (created.length || moved.length) {
    ctx.progress.created("coupons", [...created, ...moved.map((m) => `window ${m}`)].join("; "))
  } else {
    ctx.progress.alreadyPresent("coupons")
  }
  return result
}
