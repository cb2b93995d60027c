/**
 * Pushes demo (SPEC §2 PUSH-3…PUSH-13, Step 7 item 9): so the Pushes page shows a record with
 * counts and one still to come on first start.
 *
 * - A SENT advertising push of "Welcome 10% off" to every follower, on email and feed, sent
 *   11 days ago at 19:00 (store zone). It is created through `createPushWorkflow` as if it were
 *   12 days ago (so its slot was "tomorrow" then), then the due-push dispatcher and the delivery
 *   pipeline run once, at the send time, exactly as the scheduled jobs would: the followers'
 *   consent picks the deliveries (verified and consenting: email and feed; unverified or
 *   unsubscribed: feed only, their email counted as skipped), each sent through the Notification
 *   Module — in `npm run dev` the emails land in the mail catcher — and the push ends `sent`.
 *   11 days back keeps the weekly quota (PUSH-8) free for the slots the admin offers now.
 * - A SCHEDULED direct push of "VIP ¥500 off" to the VIP group, in 2 days at 12:00 (a slot the
 *   admin offers; direct pushes are outside the weekly quota, so advertising slots stay free).
 *   The running store's dispatcher sends it when it is due.
 *
 * Idempotent: each push is looked up by its type and coupon (any status: a cancelled or sent
 * demo push counts), and created only when missing; a sent push left `sending` by a run that
 * stopped half-way is finished by the next run (the dispatcher resumes from its cursor).
 */
import { Modules } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../../src/modules/coupon-marketing"
import { pushSlots } from "../../src/modules/coupon-marketing/domain/pushes"
import type CouponMarketingModuleService from "../../src/modules/coupon-marketing/service"
import type { PushRow } from "../../src/modules/coupon-marketing/types/pushes"
import { deliverDueMessages } from "../../src/jobs/deliver-messages"
import { dispatchDuePushes } from "../../src/jobs/dispatch-pushes"
import { createPushWorkflow } from "../../src/workflows/pushes/workflows/create-push"
import type { DemoCoupons } from "./coupons"
import { DAY_MS, type SeedContext } from "./context"
import { CUSTOMER_GROUP_NAME } from "./demo-data"

/**
 * The sent push is created as of this many days ago; it sends the next day at SENT_AT. Between
 * 10.5 and 11.5 days ago, whatever the hour now: no follower's follow date (every 4.9 days, see
 * followers.ts) falls on either side of it by the time of day, so it always reaches the same 22.
 */
const SENT_CREATED_DAYS_AGO = 12
const SENT_AT = "19:00"
/** The scheduled push: this many days ahead (1–3, PUSH-7) at SCHEDULED_AT. */
const SCHEDULED_DAYS_AHEAD = 2
const SCHEDULED_AT = "12:00"

async function findPush(service: CouponMarketingModuleService, type: string, couponId: string): Promise<PushRow | undefined> {
  const { rows } = await service.listPushRecords({ type }, { limit: 200, offset: 0 })
  return rows.find((p) => p.coupon_id === couponId)
}

/** The slot `label` on the `dayIndex`-th day (0 = tomorrow) of the slots offered at `asOf`. */
function slotAt(asOf: Date, timeZone: string, dayIndex: number, label: string): Date {
  const slot = pushSlots(asOf, timeZone)[dayIndex]?.times.find((t) => t.label === label)
  if (!slot) throw new Error(`[seed] pushes: no ${label} slot ${dayIndex + 1} day(s) after ${asOf.toISOString()}`)
  return slot.send_at
}

/** Runs the due-push dispatcher and the push's deliveries at `at`, as the scheduled jobs would, until it ends. */
async function sendNow(ctx: SeedContext, push: PushRow, at: Date): Promise<PushRow | null> {
  const service = ctx.container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  for (let round = 0; round < 5; round++) {
    await dispatchDuePushes(ctx.container, at)
    await deliverDueMessages(ctx.container, at, { purposes: [`push:${push.id}`] })
    await dispatchDuePushes(ctx.container, at) // sending → sent once every delivery is final
    const now = await service.getPushRecord(push.id)
    if (!now || now.status !== "sending") return now
  }
  return await service.getPushRecord(push.id)
}

export async function ensurePushes(ctx: SeedContext, coupons: DemoCoupons): Promise<void> {
  const service = ctx.container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const tz = service.getOptions().timezone
  const done: string[] = []

  const welcome = coupons.welcome
  if (welcome) {
    let sent = await findPush(service, "advertising", welcome.id)
    if (!sent) {
      const asOf = new Date(Date.now() - SENT_CREATED_DAYS_AGO * DAY_MS)
      const { result } = await createPushWorkflow(ctx.container).run({
        input: {
          type: "advertising",
          coupon_id: welcome.id,
          audience: { kind: "followers" },
          best_items: { mode: "auto", count: 8 },
          channels: ["email", "feed"],
          send_at: slotAt(asOf, tz, 0, SENT_AT),
          now: asOf,
        },
      })
      sent = result as PushRow
      done.push("a sent advertising push")
    }
    if (sent.status === "scheduled" || sent.status === "sending") {
      const after = await sendNow(ctx, sent, new Date(new Date(sent.send_at).getTime() + 60_000))
      const counts = (await service.countPushDeliveries([sent.id]))[sent.id] ?? {}
      const figures = Object.entries(counts).map(([ch, c]) => `${ch} ${c.sent} sent/${c.failed} failed/${c.skipped} skipped/${c.queued} queued`)
      ctx.logger.info(`[seed] pushes: "${sent.id}" is ${after?.status ?? "gone"}, ${after?.recipients ?? 0} recipients (${figures.join(", ")})`)
      if (after?.status === "sending") ctx.logger.warn("[seed] pushes: the sent demo push is still sending; the running store's jobs finish it")
    }
  }

  const vip = coupons.vip
  const [group] = await ctx.container.resolve(Modules.CUSTOMER).listCustomerGroups({ name: CUSTOMER_GROUP_NAME }, { select: ["id"] })
  if (vip && group && !(await findPush(service, "direct", vip.id))) {
    const now = new Date()
    await createPushWorkflow(ctx.container).run({
      input: {
        type: "direct",
        coupon_id: vip.id,
        audience: { kind: "customers", customer_group_id: group.id },
        best_items: { mode: "auto", count: 4 },
        channels: ["email", "feed", "push"],
        send_at: slotAt(now, tz, SCHEDULED_DAYS_AHEAD - 1, SCHEDULED_AT),
        now,
      },
    })
    done.push(`a scheduled direct push to the ${CUSTOMER_GROUP_NAME} group`)
  }

  if (done.length) ctx.progress.created("pushes", done.join("; "))
  else ctx.progress.alreadyPresent("pushes")
}
